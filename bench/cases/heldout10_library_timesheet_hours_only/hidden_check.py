import pytest
from timesheet.durations import parse_duration, total_minutes


def test_either_part_may_be_left_out() -> None:
    assert parse_duration("2h") == 120
    assert parse_duration("45m") == 45
    assert parse_duration("1h30m") == 90
    assert total_minutes(["1h30m", "2h", "45m"]) == 255


@pytest.mark.parametrize("text", ["soon", "", "h", "1x"])
def test_anything_else_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)
