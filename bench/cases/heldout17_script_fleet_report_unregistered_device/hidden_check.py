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


def test_unregistered_devices_are_listed_not_dropped() -> None:
    beats = [
        {"device": "th-001", "at": "02:00"},
        {"device": "th-031", "at": "02:00"},
        {"device": "co2-17", "at": "02:01"},
        {"device": "old-rack-2", "at": "02:05"},
        {"device": "th-031", "at": "03:00"},
    ]
    assert build_report(REGISTRY, beats) == (
        "Cold store B: 1 online\n"
        "Dock 4: 1 online\n"
        "Not in the registry:\n"
        "  old-rack-2\n"
        "  th-031"
    )


def test_only_unregistered_devices_reported_in() -> None:
    beats = [{"device": "th-777", "at": "04:00"}]
    assert build_report(REGISTRY, beats) == "Not in the registry:\n  th-777"


def test_cron_run_prints_the_unregistered_section(tmp_path: Path, capsys) -> None:
    registry = tmp_path / "registry.csv"
    registry.write_text("id,site,model\nth-001,Dock 4,TH-20\n", encoding="utf-8")
    beats = tmp_path / "beats.jsonl"
    beats.write_text(
        '{"device": "th-001", "at": "01:00"}\n{"device": "th-031", "at": "01:00"}\n',
        encoding="utf-8",
    )
    assert main([str(registry), str(beats)]) == 0
    assert capsys.readouterr().out == "Dock 4: 1 online\nNot in the registry:\n  th-031\n"
