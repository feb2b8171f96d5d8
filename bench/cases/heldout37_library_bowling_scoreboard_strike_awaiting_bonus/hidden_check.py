from lanescore.display import scoreboard
from lanescore.scoring import final_score, frame_scores


def test_strike_waits_for_both_bonus_balls() -> None:
    assert frame_scores([7, 2, 10]) == [9, None]
    assert frame_scores([7, 2, 10, 3]) == [9, None, None]
    assert frame_scores([7, 2, 10, 3, 4]) == [9, 26, 33]
    assert frame_scores([10, 10]) == [None, None]
    assert frame_scores([10, 10, 10]) == [30, None, None]


def test_spare_waits_for_its_bonus_ball() -> None:
    assert frame_scores([6, 4]) == [None]
    assert frame_scores([6, 4, 8]) == [18, None]


def test_tenth_frame_in_progress() -> None:
    assert frame_scores([0] * 18 + [10]) == [0] * 9 + [None]
    assert frame_scores([0] * 18 + [10, 10]) == [0] * 9 + [None]
    assert frame_scores([0] * 18 + [4, 6]) == [0] * 9 + [None]
    assert final_score([0] * 18 + [10, 10, 10]) == 30


def test_lane_screen_after_a_strike() -> None:
    assert scoreboard([7, 2, 10]) == [
        {"frame": "1", "marks": "72", "total": "9"},
        {"frame": "2", "marks": "X", "total": ""},
    ]
    assert scoreboard([7, 2, 10, 3]) == [
        {"frame": "1", "marks": "72", "total": "9"},
        {"frame": "2", "marks": "X", "total": ""},
        {"frame": "3", "marks": "3", "total": ""},
    ]
