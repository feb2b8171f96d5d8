from pathlib import Path

import pytest

from depotreport.report import main

ROUTES = "route,driver\nN1,Okafor\nS2,Lindqvist\n"
DELIVERIES = (
    "route,stop,promised,delivered\n"
    "N1,Mill Lane 4,2024-03-04T09:00,2024-03-04T09:05\n"
    "N1,Station Rd 12,2024-03-04T10:00,2024-03-04T10:25\n"
    "S2,Quay 1,2024-03-04T09:30,2024-03-04T09:20\n"
    "N1,Hill St 7,2024-03-04T11:00,2024-03-04T11:10\n"
    "X9,Nowhere 1,2024-03-04T11:00,2024-03-04T12:00\n"
)


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    routes = tmp_path / "routes.csv"
    routes.write_text(ROUTES, encoding="utf-8")
    deliveries = tmp_path / "deliveries.csv"
    deliveries.write_text(DELIVERIES, encoding="utf-8")
    return ["--routes", str(routes), "--deliveries", str(deliveries)]


def test_report(files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(files) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Route Driver       Stops  Late  Late %  Worst delay",
        "N1    Okafor           3     1     33%       25 min",
        "S2    Lindqvist        1     0      0%        0 min",
        "Total: 4 stops, 1 late",
    ]


def test_missing_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--routes", "routes.csv"])
