"""contract_constants under review: a constant whose comment speaks of the missing key's
absence is no default when it is a log message, and a label the dashboard shows for
unmapped entries is no value of the lookup table."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

BACK = '''
    #: Logged when a request arrives with no Referer, for the privacy report.
    NO_REFERER_LOG = "referer stripped by the browser"


    def back_url(meta: dict) -> str:
        """Where the language switcher sends the visitor back to."""
        return meta["HTTP_REFERER"]
'''

BACK_TESTS = '''
    from site_app.back import back_url


    def test_back():
        assert back_url({"HTTP_REFERER": "/shop/"}) == "/shop/"
'''


def test_a_log_message_for_the_absence_is_no_fallback_url(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"site_app/__init__.py": "", "site_app/back.py": BACK,
                   "tests/__init__.py": "", "tests/test_back.py": BACK_TESTS},
        'from site_app.back import back_url\nback_url({})',
        'from site_app.back import back_url\n'
        'try:\n    url = back_url({})\nexcept KeyError:\n    pass\n'
        'else:\n    assert url != "referer stripped by the browser", url\n')
    assert data is not None and "NO_REFERER_LOG" not in (data.get("patch") or "")


REGIONS = '''
    """Sales per region."""

    REGIONS = ("uk", "eu", "other")
    #: Countries not mapped here are shown as "Other countries" on the dashboard once it
    #: has grouped them; the import must not guess a region.
    COUNTRY_REGION = {"GB": "uk", "DE": "eu"}


    def region_of(row: dict) -> str:
        return COUNTRY_REGION[row["country"]]
'''

REGION_TESTS = '''
    from sales.regions import region_of


    def test_region():
        assert region_of({"country": "GB"}) == "uk"
'''


def test_a_dashboard_label_is_no_region(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"sales/__init__.py": "", "sales/regions.py": REGIONS,
                   "tests/__init__.py": "", "tests/test_regions.py": REGION_TESTS},
        'from sales.regions import region_of\nregion_of({"country": "FR"})',
        'from sales.regions import REGIONS, region_of\n'
        'try:\n    region = region_of({"country": "FR"})\nexcept KeyError:\n    pass\n'
        'else:\n    assert region in REGIONS, region\n')
    assert data is not None and "Other countries" not in (data.get("patch") or "")
