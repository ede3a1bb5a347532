"""Placeholder until the spec lists these rules."""
