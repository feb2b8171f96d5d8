from pathlib import Path

import pytest

from depotreport.report import main


def run(tmp_path: Path, routes: str, deliveries: str) -> None:
    (tmp_path / "routes.csv").write_text(routes, encoding="utf-8")
    (tmp_path / "deliveries.csv").write_text(deliveries, encoding="utf-8")
    assert main(["--routes", str(tmp_path / "routes.csv"), "--deliveries", str(tmp_path / "deliveries.csv")]) == 0


def test_route_without_stops_keeps_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(
        tmp_path,
        "route,driver\nN1,Okafor\nS2,Lindqvist\nE3,Moreau\n",
        "route,stop,promised,delivered\n"
        "N1,Mill Lane 4,2024-03-05T09:00,2024-03-05T09:05\n"
        "E3,Dock Gate 2,2024-03-05T08:00,2024-03-05T07:55\n"
        "N1,Station Rd 12,2024-03-05T10:00,2024-03-05T10:25\n",
    )
    assert capsys.readouterr().out.splitlines() == [
        "Route Driver       Stops  Late  Late %  Worst delay",
        "N1    Okafor           2     1     50%       25 min",
        "S2    Lindqvist        0     0       -            -",
        "E3    Moreau           1     0      0%        0 min",
        "Total: 3 stops, 1 late",
    ]


def test_bank_holiday(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "route,driver\nN1,Okafor\nS2,Lindqvist\n", "route,stop,promised,delivered\n")
    assert capsys.readouterr().out.splitlines() == [
        "Route Driver       Stops  Late  Late %  Worst delay",
        "N1    Okafor           0     0       -            -",
        "S2    Lindqvist        0     0       -            -",
        "Total: 0 stops, 0 late",
    ]
