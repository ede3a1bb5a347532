"""Generate the typed client of each API version from the spec's bundle for that version."""
