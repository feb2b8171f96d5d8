from datetime import date

#: campaign -> signups per ISO week (Monday)
SIGNUPS: dict[str, dict[date, int]] = {
    "spring-newsletter": {date(2026, 11, 9): 40, date(2026, 11, 16): 50},
    "black-friday": {date(2026, 11, 16): 0, date(2026, 11, 23): 25},
}


def signups(campaign: str, week: date) -> int | None:
    """Signups in ``week``; None for an unknown campaign. Weeks with no row had none."""
    weeks = SIGNUPS.get(campaign)
    if weeks is None:
        return None
    return weeks.get(week, 0)
