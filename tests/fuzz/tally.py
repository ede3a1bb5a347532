"""How many requests the fuzz tests sent, by phase, for the summary `make fuzz` prints."""

from collections import Counter

SENT: Counter[str] = Counter()
