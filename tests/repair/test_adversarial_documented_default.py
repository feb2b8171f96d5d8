"""documented_default under review: a default documented for ``rate_limit`` is no default
for ``limit``; the key must be named as a whole, not found inside another name."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.contract import documented_default
from tests.repair.adversarial import fix_and_check

LISTING = '''
    def listing_options(params: dict) -> dict:
        """Options of the listing API. ``rate_limit`` defaults to 100 (requests a minute).
        ``limit`` is the page size."""
        return {"rate_limit": int(params.get("rate_limit", 100)),
                "limit": int(params["limit"])}
'''

TESTS = '''
    from api.listing import listing_options


    def test_options():
        assert listing_options({"limit": "20"}) == {"rate_limit": 100, "limit": 20}
'''

# A page size nobody asked for must not become the rate limit's 100.
CHECK = '''
from api.listing import listing_options
try:
    options = listing_options({})
except KeyError:
    pass
else:
    assert options["limit"] != 100, "the rate limit's default became the page size"
'''


def test_a_default_documented_for_a_longer_name_is_not_this_keys(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"api/__init__.py": "", "api/listing.py": LISTING,
                                    "tests/test_listing.py": TESTS},
                         "from api.listing import listing_options\nlisting_options({})",
                         CHECK)
    assert data is not None and data["status"] != "fixed"


def test_the_key_named_as_a_whole_still_has_its_default() -> None:
    said = "``rate_limit`` defaults to 100. ``note`` is optional and defaults to 'none'."
    assert documented_default(said, about="limit") is None
    found = documented_default(said, about="rate_limit")
    assert found is not None and found.source == "100"
    found = documented_default(said, about="note")
    assert found is not None and found.source == "'none'"
