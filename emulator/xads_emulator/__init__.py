"""A local, stateful X Ads API: real HTTP, SQLite storage, OAuth 1.0a, the spec's validation."""
