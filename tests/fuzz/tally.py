"""How many requests the fuzz tests sent, by phase and by operation, for the progress lines and
the summary `make fuzz` prints."""

from collections import Counter

SENT: Counter[str] = Counter()
BY_OPERATION: dict[str, Counter[str]] = {}


def count(operation: str, phase: str) -> None:
    SENT[phase] += 1
    BY_OPERATION.setdefault(operation, Counter())[phase] += 1
