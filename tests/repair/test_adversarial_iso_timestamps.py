"""iso_timestamps under review: an ISO sentence nearby does not make a day-first format
ISO; ``%d/%m/%Y`` is another convention and is not replaced by ``fromisoformat``."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

FORMS = '''
    from datetime import datetime


    def form_date(value: str) -> datetime:
        """The date typed into the booking form.

        The API sends ISO 8601 timestamps, but the form is filled in by hand in the
        British order, DD/MM/YYYY.
        """
        return datetime.strptime(value, "%d/%m/%Y")
'''

TESTS = '''
    from datetime import datetime

    from rooms.forms import form_date


    def test_form_date():
        assert form_date("07/03/2026") == datetime(2026, 3, 7)
'''


def test_a_day_first_format_is_not_read_as_iso(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"rooms/__init__.py": "", "rooms/forms.py": FORMS,
                   "tests/__init__.py": "", "tests/test_forms.py": TESTS},
        'from rooms.forms import form_date\nform_date("07/03/2026 09:00")',
        'from datetime import datetime\nfrom rooms.forms import form_date\n'
        'assert form_date("07/03/2026") == datetime(2026, 3, 7)\n'
        'assert form_date("01/02/2026").month == 2\n')
    assert data is not None and "fromisoformat" not in (data.get("patch") or "")
