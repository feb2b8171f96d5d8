"""form_cross_checks under review: a sibling form that reads the raw request data with
``.get()`` (not ``cleaned_data``) says nothing about how cross-field checks read the
cleaned values; the engine must not rewrite the check on its word."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check
from tests.repair.test_form_cross_checks import APP, CHECK, FORMS, TRIGGER

RAW_SIBLING = FORMS.replace(
    'password, repeat = cleaned.get("password"), cleaned.get("repeat")',
    'password, repeat = self.data.get("password"), self.data.get("repeat")')


def test_a_sibling_reading_raw_request_data_backs_no_rewrite(tmp_path: Path) -> None:
    assert RAW_SIBLING != FORMS
    data = fix_and_check(tmp_path, {**APP, "shop/forms.py": RAW_SIBLING}, TRIGGER, CHECK,
                         framework="django")
    assert data is not None
    assert 'cleaned.get("returned_on")' not in (data.get("patch") or "")
