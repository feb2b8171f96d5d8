from pathlib import Path

from birdcount.summary import main, render, species_totals

SIGHTINGS = """date,garden,code,count
2024-01-27,12 Mill Lane,BT,4
2024-01-27,12 Mill Lane,r.,1
2024-01-27,3 Orchard Close,BT,2
2024-01-27,3 Orchard Close,GO,6
2024-01-28,3 Orchard Close,B.,2
"""


def test_totals(tmp_path: Path) -> None:
    path = tmp_path / "weekend.csv"
    path.write_text(SIGHTINGS, encoding="utf-8")
    assert species_totals([path]) == {"Blue Tit": 6, "Goldfinch": 6, "Blackbird": 2, "Robin": 1}


def test_render_orders_by_count_then_name() -> None:
    assert render({"Robin": 1, "Goldfinch": 6, "Blue Tit": 6}).splitlines() == [
        "Blue Tit                     6",
        "Goldfinch                    6",
        "Robin                        1",
        "Total                       13",
    ]


def test_main_prints_summary(tmp_path: Path, capsys) -> None:
    path = tmp_path / "weekend.csv"
    path.write_text(SIGHTINGS, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Total                       15"


def test_usage(capsys) -> None:
    assert main([]) == 2
