"""How many requests the fuzz tests sent, by phase and by operation, and how long building the
coverage cases took, for the progress lines and the summary (tests/fuzz/summary.py). With
pytest-xdist each worker counts its own and the controller adds them up (`export`, `merge`)."""

from collections import Counter
from typing import Any

SENT: Counter[str] = Counter()
BY_OPERATION: dict[str, Counter[str]] = {}
BUILT: list[float] = []  # seconds each collection of test_schemathesis.py spent building cases


def count(operation: str, phase: str) -> None:
    SENT[phase] += 1
    BY_OPERATION.setdefault(operation, Counter())[phase] += 1


def export() -> dict[str, Any]:
    """This process's counts, as plain data a pytest-xdist worker can send."""
    by_operation = {operation: dict(phases) for operation, phases in BY_OPERATION.items()}
    return {"sent": dict(SENT), "by_operation": by_operation, "built": list(BUILT)}


def merge(counts: dict[str, Any]) -> None:
    """Add a worker's `export()` to this process's counts."""
    SENT.update(counts["sent"])
    for operation, phases in counts["by_operation"].items():
        BY_OPERATION.setdefault(operation, Counter()).update(phases)
    BUILT.extend(counts["built"])
