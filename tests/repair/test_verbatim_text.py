"""Text documented as verbatim, appended to a template before ``str.format``: only the
template is filled in and the text appended afterwards; nothing is proposed when the
docstring does not call the text verbatim or the variable is used otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.verbatim_text import VerbatimTextAppended
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

RECEIPTS = '''
    """Receipt footers printed by the till."""

    FOOTER = "Thank you, {customer}! Order {number} of {date}."


    def footer(customer: str, number: int, date: str, remark: str = "") -> str:
        """The receipt footer: FOOTER filled in, then the cashier's remark on its own
        line. The remark is printed verbatim, as the cashier wrote it."""
        text = FOOTER
        if remark:
            text += "\\n" + remark
        return text.format(customer=customer, number=number, date=date)


    def header(shop: str) -> str:
        return "{shop}".format(shop=shop)
'''

MESSAGE = "Replacement index 0 out of range for positional args tuple"


def _propose(tmp_path: Path, source: str = RECEIPTS, exc: str = "IndexError",
             message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"till/__init__.py": "", "till/receipts.py": source},
                              "till/receipts.py", "return text.format(", exc, message,
                              {"customer": "'Ann'", "number": "7", "date": "'2026-03-02'",
                               "remark": "'Code {} at the door'"})
    return list(VerbatimTextAppended().propose(site, analysis))


def test_only_the_template_is_filled_and_the_remark_appended_as_written(
        tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["till/receipts.py"]
    before = textwrap.dedent(RECEIPTS).lstrip("\n")
    assert after == before.replace(
        "text = FOOTER\n",
        "text = FOOTER.format(customer=customer, number=number, date=date)\n").replace(
        "return text.format(customer=customer, number=number, date=date)", "return text")
    assert 'return "{shop}".format(shop=shop)' in after  # another function, left alone
    assert found[0].contract is not None and "verbatim" in found[0].contract


def test_a_key_error_from_a_named_field_in_the_remark_is_fixed_alike(tmp_path: Path) -> None:
    assert len(_propose(tmp_path, exc="KeyError", message="'table'")) == 1


def test_a_docstring_silent_about_the_remark_backs_nothing(tmp_path: Path) -> None:
    silent = RECEIPTS.replace(" The remark is printed verbatim, as the cashier wrote it.", "")
    assert _propose(tmp_path, silent) == []


def test_a_remark_documented_as_a_template_itself_backs_nothing(tmp_path: Path) -> None:
    template = RECEIPTS.replace("The remark is printed verbatim, as the cashier wrote it.",
                                "The remark may use the same {placeholders}; it is not "
                                "printed verbatim.")
    assert _propose(tmp_path, template) == []


def test_appended_text_holding_placeholders_itself_backs_nothing(tmp_path: Path) -> None:
    placeholder = RECEIPTS.replace('text += "\\n" + remark', 'text += "\\n{customer}: " + remark')
    assert placeholder != RECEIPTS
    assert _propose(tmp_path, placeholder) == []


def test_a_variable_read_before_it_is_filled_backs_nothing(tmp_path: Path) -> None:
    read = RECEIPTS.replace("        if remark:\n",
                            "        width = len(text)\n        if remark:\n")
    assert read != RECEIPTS
    assert _propose(tmp_path, read) == []


TESTS = '''
    from till.receipts import footer


    def test_footer():
        assert footer("Ann", 7, "2026-03-02") == "Thank you, Ann! Order 7 of 2026-03-02."
'''

TRIGGER = 'from till.receipts import footer\nfooter("Ann", 7, "2026-03-02", "Code {} at door")'


def test_a_remark_with_braces_is_printed_as_written(tmp_path: Path) -> None:
    check = ('from till.receipts import footer\n'
             'assert footer("Ann", 7, "2026-03-02", "Use {customer} or {} }") == '
             '"Thank you, Ann! Order 7 of 2026-03-02.\\nUse {customer} or {} }"')
    data = fix_and_check(tmp_path, {"till/__init__.py": "", "till/receipts.py": RECEIPTS,
                                    "tests/test_receipts.py": TESTS}, TRIGGER, check)
    assert data is not None and data["status"] == "fixed"
    assert "return text\n" in data["patch"]


def test_a_remark_that_is_a_template_itself_is_not_appended_unformatted(
        tmp_path: Path) -> None:
    # Adversarial: the docstring says the remark's placeholders are filled in too, so
    # appending it unformatted would print "{customer}" to the customer.
    template = RECEIPTS.replace("The remark is printed verbatim, as the cashier wrote it.",
                                "The remark's own {customer} placeholders are filled in "
                                "too.")
    check = ('from till.receipts import footer\n'
             'try:\n    text = footer("Ann", 7, "2026-03-02", "Hi {customer}")\n'
             'except (IndexError, KeyError, ValueError):\n    pass\n'
             'else:\n    assert text.endswith("Hi Ann"), text')
    data = fix_and_check(tmp_path, {"till/__init__.py": "", "till/receipts.py": template,
                                    "tests/test_receipts.py": TESTS}, TRIGGER, check)
    assert data is not None and data["status"] != "fixed"
    tried = data["checks"].get("candidates") or []
    assert all(c.get("strategy") != "verbatim-text-appended" for c in tried), tried
