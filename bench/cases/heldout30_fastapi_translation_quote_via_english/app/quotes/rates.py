"""The agency's language pairs and what its translators charge for them."""

from __future__ import annotations

LANGUAGES = {"en", "de", "fr", "es", "pt", "ja", "pl"}

#: Pairs some translator of ours covers directly, in euro cents per source word.
RATES: dict[tuple[str, str], int] = {
    ("en", "de"): 11,
    ("de", "en"): 10,
    ("en", "fr"): 10,
    ("fr", "en"): 10,
    ("en", "es"): 9,
    ("es", "en"): 9,
    ("pt", "en"): 9,
    ("en", "pt"): 10,
    ("en", "ja"): 16,
    ("ja", "en"): 15,
    ("en", "pl"): 8,
    ("pl", "en"): 8,
    ("de", "fr"): 12,
}

#: Pairs with no translator of their own go through this language, in two legs
#: (source to pivot, then pivot to target), each leg done and charged as its own job.
PIVOT = "en"


def route(source: str, target: str) -> list[tuple[str, str]]:
    """The legs a job goes through: the pair itself, or two legs through PIVOT."""
    if (source, target) in RATES:
        return [(source, target)]
    return [(source, PIVOT), (PIVOT, target)]
