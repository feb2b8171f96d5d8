import pytest

from lanescore.display import frame_marks, scoreboard
from lanescore.scoring import final_score, frame_scores


def test_gutter_game() -> None:
    assert final_score([0] * 20) == 0


def test_perfect_game() -> None:
    assert final_score([10] * 12) == 300
    assert frame_scores([10] * 12) == [30, 60, 90, 120, 150, 180, 210, 240, 270, 300]


def test_all_spares() -> None:
    assert final_score([5] * 21) == 150


def test_open_and_marked_frames() -> None:
    rolls = [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]
    assert frame_scores(rolls) == [20, 39, 48, 66, 74, 84, 90, 120, 148, 167]
    assert final_score(rolls) == 167


def test_second_ball_still_to_come() -> None:
    assert frame_scores([3, 4, 2]) == [7, None]
    assert frame_scores([]) == []


def test_unfinished_game_has_no_final_score() -> None:
    with pytest.raises(ValueError):
        final_score([3, 4, 2, 5])


def test_marks() -> None:
    assert frame_marks([10, 7, 3, 9, 0, 0, 8]) == ["X", "7/", "9-", "-8"]
    assert frame_marks([0] * 18 + [10, 3, 7]) == ["--"] * 9 + ["X3/"]


def test_scoreboard_mid_frame() -> None:
    assert scoreboard([3, 4, 2]) == [
        {"frame": "1", "marks": "34", "total": "7"},
        {"frame": "2", "marks": "2", "total": ""},
    ]
