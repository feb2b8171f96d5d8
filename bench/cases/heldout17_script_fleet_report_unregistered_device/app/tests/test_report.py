from pathlib import Path

from fleet.registry import Device, Registry
from fleet.report import build_report, main

REGISTRY = Registry(
    [
        Device("th-001", "Dock 4", "TH-20"),
        Device("th-002", "Dock 4", "TH-20"),
        Device("co2-17", "Cold store B", "CO2-3"),
    ]
)


def test_lookup() -> None:
    assert REGISTRY.lookup("co2-17") == Device("co2-17", "Cold store B", "CO2-3")
    assert REGISTRY.lookup("th-999") is None


def test_report_counts_distinct_devices_per_site() -> None:
    beats = [
        {"device": "th-001", "at": "02:00"},
        {"device": "co2-17", "at": "02:00"},
        {"device": "th-001", "at": "03:00"},
        {"device": "th-002", "at": "03:00"},
    ]
    assert build_report(REGISTRY, beats) == "Cold store B: 1 online\nDock 4: 2 online"


def test_main(tmp_path: Path, capsys) -> None:
    registry = tmp_path / "registry.csv"
    registry.write_text("id,site,model\nth-001,Dock 4,TH-20\n", encoding="utf-8")
    beats = tmp_path / "beats.jsonl"
    beats.write_text('{"device": "th-001", "at": "01:00"}\n\n', encoding="utf-8")
    assert main([str(registry), str(beats)]) == 0
    assert capsys.readouterr().out == "Dock 4: 1 online\n"


def test_usage(capsys) -> None:
    assert main([]) == 2
    assert "python -m fleet.report" in capsys.readouterr().err
