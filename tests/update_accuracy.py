"""Measure dyad on the gold set and pin the floors in tests/data/accuracy.json.

Run after a deliberate change to the coder or the gold (the diff of accuracy.json is the record):
    .venv/bin/python tests/update_accuracy.py
Floors are the measured figures rounded down to two decimals, so noise-free runs never fail.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_evaluate import DATA, SETS, gold_hash  # noqa: E402

from dyad import evaluate  # noqa: E402


def floor2(x: float) -> float:
    return math.floor(x * 100) / 100


def main() -> None:
    sets = {}
    for name, folder in SETS.items():
        report = evaluate(folder)
        sets[name] = {
            "sha256": gold_hash(folder),
            "f1_strict": floor2(report.overall.f1),
            "f1_country": floor2(report.country.f1),
            "date_accuracy": floor2(report.date_accuracy),
            "location_accuracy": floor2(report.location_accuracy),
            "measured": report.as_dict(),
        }
        print(name, {k: v for k, v in sets[name].items() if k not in ("measured", "sha256")})
    (DATA / "accuracy.json").write_text(
        json.dumps({"sets": sets}, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
