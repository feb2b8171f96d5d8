"""Friday's invoice run totals a contractor's week."""

from timesheet.durations import total_minutes

total_minutes(["1h30m", "2h", "45m"])
