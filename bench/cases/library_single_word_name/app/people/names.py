"""Splitting display names for the mailing system."""


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""


def last_name(full_name: str) -> str:
    """Everything after the first word; an empty string for one-word names."""
    parts = full_name.split()
    return " ".join(parts[1:]) if len(parts) > 2 else parts[1]


def salutation(full_name: str) -> str:
    last = last_name(full_name)
    return f"Dear {last}" if last else f"Dear {first_name(full_name)}"
