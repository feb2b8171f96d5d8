import csv
import json
from pathlib import Path

from cyclecount.reconcile import main, reconcile

LEDGER = {"A-01-1/BOLT-M6": 120, "A-01-2/NUT-M6": 300, "A-02-1/WASHER-6": 15, "A-02-2/NUT-M8": 40}


def paths(tmp_path: Path, counts: str) -> list[Path]:
    (tmp_path / "counts.csv").write_text(counts, encoding="utf-8")
    (tmp_path / "ledger.json").write_text(json.dumps(LEDGER), encoding="utf-8")
    return [tmp_path / "counts.csv", tmp_path / "ledger.json", tmp_path / "adjustments.csv"]


def adjustments(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_skipped_bin_gets_no_adjustment(tmp_path: Path) -> None:
    files = paths(
        tmp_path,
        "location,sku,counted\nA-01-1,BOLT-M6,118\nA-01-2,NUT-M6,\nA-02-1,WASHER-6,15\nA-02-2,NUT-M8, \n",
    )
    assert main([str(p) for p in files]) == 0
    assert adjustments(files[2]) == [
        {"location": "A-01-1", "sku": "BOLT-M6", "ledger": "120", "counted": "118", "delta": "-2"},
    ]


def test_counted_zero_is_still_an_adjustment(tmp_path: Path) -> None:
    files = paths(tmp_path, "location,sku,counted\nA-01-2,NUT-M6,\nA-02-1,WASHER-6,0\n")
    reconcile(*files)
    assert adjustments(files[2]) == [
        {"location": "A-02-1", "sku": "WASHER-6", "ledger": "15", "counted": "0", "delta": "-15"},
    ]
