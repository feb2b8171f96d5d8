from pathlib import Path

from birdcount.summary import main, species_totals


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(
        "date,garden,code,count\n"
        "2024-01-27,12 Mill Lane,BT,4\n"
        "2024-01-27,12 Mill Lane,YB,1\n"
        "2024-01-27,3 Orchard Close,GO,6\n"
        "2024-01-28,3 Orchard Close,YB,1\n"
        "2024-01-28,3 Orchard Close,BT,1\n",
        encoding="utf-8",
    )
    return path


def test_unlisted_code_is_totalled_under_its_code(tmp_path: Path) -> None:
    assert species_totals([_export(tmp_path)]) == {"Goldfinch": 6, "Blue Tit": 5, "YB (unlisted)": 2}


def test_summary_lists_unlisted_code_and_counts_it_in_the_total(tmp_path: Path, capsys) -> None:
    assert main([str(_export(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Goldfinch                    6",
        "Blue Tit                     5",
        "YB (unlisted)                2",
        "Total                       13",
    ]
