"""``template.format(**fields)`` missing a field: filled through the fallbacks the docstring
names (empty values and unfallen placeholders as it says); nothing when it is silent."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.format_fallbacks import FormatFallbacks
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

NOTICES = '''
    """Notices sent to tenants."""

    #: What a placeholder reads for a tenant without that field.
    DEFAULTS = {"name": "tenant", "flat": "your flat"}


    def notice(text: str, tenant: dict[str, str]) -> str:
        """``text`` with the tenant's fields filled in.

        A field the tenant record is missing takes its value from DEFAULTS.
        """
        return text.format(**tenant)


    def subject(text: str, tenant: dict[str, str]) -> str:
        return text.format(**tenant)
'''

CLASS = '''

    class _WithFallbacks(dict[str, object]):
        """The fields given{empty} and DEFAULTS for the ones they lack
        (the docstring of `notice`)."""

        def __init__(self, fields: dict[str, object]) -> None:
            super().__init__({given})

        def __missing__(self, name: str) -> object:
            return {answer}
'''


def _propose(tmp_path: Path, source: str = NOTICES, key: str = "'name'") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"rent/__init__.py": "", "rent/notices.py": source},
                              "rent/notices.py", "return text.format(**tenant)", "KeyError",
                              key, {"text": "'Dear {name}'", "tenant": "{}"})
    return list(FormatFallbacks().propose(site, analysis))


def _expected(source: str, empty: str, given: str, answer: str) -> str:
    before = textwrap.dedent(source).lstrip("\n")
    first = before.index("return text.format(**tenant)")
    after = (before[:first] + "return text.format_map(_WithFallbacks(tenant))"
             + before[first + len("return text.format(**tenant)"):])
    return after + textwrap.dedent(CLASS.format(empty=empty, given=given, answer=answer))


def test_a_missing_field_reads_the_documented_fallback(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["rent/notices.py"]
    assert after == _expected(NOTICES, "", "fields", "DEFAULTS[name]")
    # The sibling without a docstring is left as it was.
    assert "str:\n    return text.format(**tenant)\n" in after
    assert "DEFAULTS" in (found[0].contract or "")


def test_empty_values_and_unfallen_placeholders_as_the_docstring_says(tmp_path: Path) -> None:
    source = NOTICES.replace(
        "is missing takes its value from DEFAULTS.",
        "is missing (or has blank) takes its value from DEFAULTS. A placeholder with no\n"
        "        fallback stays as written, braces included.")
    found = _propose(tmp_path, source)
    assert len(found) == 1
    assert found[0].edits["rent/notices.py"] == _expected(
        source, ", those left empty dropped,",
        "{name: value for name, value in fields.items() if value}",
        'DEFAULTS.get(name, "{" + name + "}")')


def test_a_silent_docstring_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, NOTICES.replace(
        "A field the tenant record is missing takes its value from DEFAULTS.",
        "DEFAULTS lists the fields the office fills in.")) == []


def test_a_refusing_sentence_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, NOTICES.replace(
        "takes its value from DEFAULTS.", "raises an error; DEFAULTS are for previews.")) == []


def test_the_no_fallback_case_in_other_words_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, NOTICES.replace(
        "takes its value from DEFAULTS.",
        "takes its value from DEFAULTS. A placeholder with no fallback is reported.")) == []


def test_a_field_with_no_fallback_and_no_word_on_it_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, key="'rent_due'") == []


def test_a_constant_that_is_no_dict_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, NOTICES.replace(
        'DEFAULTS = {"name": "tenant", "flat": "your flat"}', 'DEFAULTS = "tenant"')) == []


APP = {
    "rent/__init__.py": "",
    "rent/notices.py": NOTICES,
    "tests/test_notices.py": '''
        from rent.notices import notice


        def test_notice() -> None:
            assert notice("Dear {name}", {"name": "Ada"}) == "Dear Ada"
    ''',
}


def test_a_tenant_without_a_name_gets_the_fallback(tmp_path: Path) -> None:
    trigger = 'from rent.notices import notice\nnotice("Dear {name}, flat {flat}", {"flat": "4B"})'
    check = ("from rent.notices import notice\n"
             "assert notice('Dear {name}, flat {flat}', {'flat': '4B'}) == 'Dear tenant, flat 4B'\n"
             "assert notice('{name}', {'name': 'Bo'}) == 'Bo'\n")
    data = fix_and_check(tmp_path, APP, trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert "format_map(_WithFallbacks(tenant))" in data["patch"]
