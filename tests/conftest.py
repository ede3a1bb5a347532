"""Fixtures shared across test folders."""

from tests.support.loopback import recorder

__all__ = ["recorder"]
