from pathlib import Path

from stocktake.reconcile import main

COUNT = "sku,counted\nTEA-ASSAM-250,38\nTEA-EARL-250,35\nTEA-SENCHA-100,24\nPOT-GLAS-1L,6\nCUP-STONE-2,18\nSAMPLE-9,1\n"


def test_report_ends_with_the_skipped_rows(tmp_path: Path) -> None:
    count = tmp_path / "count.csv"
    count.write_text(COUNT, encoding="utf-8")
    report = tmp_path / "report.csv"
    assert main([str(count), str(report)]) == 0
    assert report.read_text(encoding="utf-8").splitlines() == [
        "sku,expected,counted,difference",
        "POT-GLASS-1L,6,0,-6",
        "TEA-ASSAM-250,40,38,-2",
        "# skipped 2 rows with unknown SKUs: POT-GLAS-1L, SAMPLE-9",
    ]


def test_no_line_without_skipped_rows(tmp_path: Path) -> None:
    count = tmp_path / "count.csv"
    count.write_text("sku,counted\nTEA-ASSAM-250,40\nTEA-EARL-250,35\nTEA-SENCHA-100,24\nPOT-GLASS-1L,6\nCUP-STONE-2,18\n", encoding="utf-8")
    report = tmp_path / "report.csv"
    main([str(count), str(report)])
    assert report.read_text(encoding="utf-8").splitlines() == ["sku,expected,counted,difference"]
