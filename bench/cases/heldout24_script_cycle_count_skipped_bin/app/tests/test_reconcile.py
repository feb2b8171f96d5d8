import csv
import json
from pathlib import Path

from cyclecount.reconcile import main, reconcile


def write(tmp_path: Path, counts: str, ledger: dict[str, int]) -> tuple[Path, Path, Path]:
    counts_path = tmp_path / "counts.csv"
    counts_path.write_text(counts, encoding="utf-8")
    ledger_path = tmp_path / "ledger.json"
    ledger_path.write_text(json.dumps(ledger), encoding="utf-8")
    return counts_path, ledger_path, tmp_path / "adjustments.csv"


def test_differences_become_adjustments(tmp_path: Path) -> None:
    paths = write(
        tmp_path,
        "location,sku,counted\nA-01-1,BOLT-M6,118\nA-01-2,NUT-M6,300\nA-02-1,WASHER-6,0\n",
        {"A-01-1/BOLT-M6": 120, "A-01-2/NUT-M6": 300, "A-02-1/WASHER-6": 15},
    )
    summary = reconcile(*paths)
    assert str(summary) == "3 bins, 0 skipped, 2 adjustments"
    with paths[2].open(newline="") as handle:
        assert list(csv.DictReader(handle)) == [
            {"location": "A-01-1", "sku": "BOLT-M6", "ledger": "120", "counted": "118", "delta": "-2"},
            {"location": "A-02-1", "sku": "WASHER-6", "ledger": "15", "counted": "0", "delta": "-15"},
        ]


def test_found_stock_the_ledger_does_not_know(tmp_path: Path) -> None:
    paths = write(tmp_path, "location,sku,counted\nB-04-3,HINGE-80,6\n", {})
    assert main([str(p) for p in paths]) == 0
    assert paths[2].read_text().splitlines()[1] == "B-04-3,HINGE-80,0,6,6"


def test_usage(capsys) -> None:
    assert main([]) == 2
    assert "COUNTS.csv" in capsys.readouterr().err
