"""Fixtures shared across test folders: the loopback recorder and the running emulator."""

from tests.support.emulator import api, emulator
from tests.support.loopback import recorder

__all__ = ["api", "emulator", "recorder"]
