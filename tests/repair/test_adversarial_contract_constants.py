"""contract_constants under review: a constant whose comment speaks of the missing key's
absence is no default when it is a log message."""

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

