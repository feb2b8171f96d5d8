from pathlib import Path

from stocktake.reconcile import main, read_counts


def test_report_of_differences(tmp_path: Path) -> None:
    count = tmp_path / "count.csv"
    count.write_text(
        "sku,counted\nTEA-ASSAM-250,40\nTEA-EARL-250,33\nTEA-SENCHA-100,24\nPOT-GLASS-1L,6\nCUP-STONE-2,18\nTEA-EARL-250,1\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.csv"
    assert main([str(count), str(report)]) == 0
    assert report.read_text(encoding="utf-8").splitlines() == ["sku,expected,counted,difference", "TEA-EARL-250,35,34,-1"]


def test_unknown_skus_are_listed(tmp_path: Path) -> None:
    count = tmp_path / "count.csv"
    count.write_text("sku,counted\nTEA-ASAM-250,40\nCUP-STONE-2,18\n", encoding="utf-8")
    assert read_counts(count) == ({"CUP-STONE-2": 18}, ["TEA-ASAM-250"])
