"""Integer parsing that is guarded, or has no default to fall back on."""


def page(query: dict[str, str]) -> int:
    try:
        number = int(query.get("page", 1))
    except ValueError:
        number = 1
    return number


def year(text: str) -> int:
    value = int(text)
    return value


def limit(query: dict[str, str]) -> int:
    raw = query.get("limit", "10")
    return int(raw)
