"""A sentence backs a default only when it is about this key and this absent case, and no
sentence of the crashing function gives the case another answer (ninth adversarial
review, 2026-11-27). Each rule: the trap's wording, and wording it still backs."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bugstack.repair.absent_cases import (
    absence_sentences,
    answer_for,
    answered_elsewhere,
    crash_subjects,
    other_answer,
)
from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.borrowed_backing import respect_the_functions_own_words
from bugstack.repair.candidates.missing_key import MissingKey
from bugstack.repair.contract import documented_default
from bugstack.repair.default_wording import absent_condition, names_the_key, negated_before
from tests.repair.crash_sites import crash_at

# --- default_wording: negation, the key as itself, an absent condition -------------------


def test_a_negated_default_is_none() -> None:
    gone = "``retries`` no longer defaults to 3: a job that does not say is turned away."
    assert documented_default(gone, about="retries") is None
    assert documented_default("``retries`` does not default to 3.", about="retries") is None
    assert documented_default("``retries`` doesn't default to 3.", about="retries") is None
    kept = documented_default("``retries`` defaults to 3.", about="retries")
    assert kept is not None and kept.source == "3"
    # "not" of an earlier clause negates nothing of the default.
    unset = documented_default("When not set, ``retries`` defaults to 3.", about="retries")
    assert unset is not None and unset.source == "3"
    assert negated_before("It never returns None", len("It never "))
    assert not negated_before("if not given, it returns None", len("if not given, it "))


def test_a_key_heading_another_noun_is_another_key() -> None:
    rate = "The partner API's rate limit defaults to 100 calls a minute; see PARTNER_API."
    assert documented_default(rate, about="limit") is None
    assert not names_the_key(rate, "limit")
    assert not names_the_key("The rate-limit defaults to 100.", "limit")
    for own in ("The limit defaults to 100.", "``limit`` defaults to 100.",
                "A customer's limit defaults to 100.", "An optional limit defaults to 100.",
                "limit: optional, defaults to 100."):
        assert names_the_key(own, "limit"), own
        found = documented_default(own, about="limit")
        assert found is not None and found.source == "100", own


def test_a_value_under_another_condition_is_no_default() -> None:
    confirmed = "A quantity of 0 empties the shelf if the warehouse confirms it."
    assert documented_default(confirmed, about="quantity") is None
    match = re.search(r"0\b[^.]*\bif\b", confirmed)
    assert match is not None and not absent_condition(confirmed, match)
    for absent in ("The quantity is 0 if the row leaves it out.",
                   "``quantity`` is 0 when the warehouse sent none.",
                   "A quantity of 0 if it is missing."):
        found = documented_default(absent, about="quantity")
        assert found is not None and found.source == "0", absent
    # Without ``about`` (what a function returns) the condition is the function's case.
    returned = documented_default("Orders per hundred visits: 0 if nobody ordered.")
    assert returned is not None and returned.source == "0"


# --- absent_cases: the sentence on the crash's own absent case ---------------------------

STATS = """Orders per hundred visits: 0 if nobody ordered.

A day without visits is a day the tracker was down; the dashboard leaves it blank
(None), which is not the same as a day nobody bought anything.
"""


def test_the_sentence_on_the_case_answers_it() -> None:
    assert absence_sentences(STATS, {"visits"}) == [
        "A day without visits is a day the tracker was down; the dashboard leaves it blank "
        "(None), which is not the same as a day nobody bought anything."]
    # The 0 is for nobody ordering; the day without visits is answered in words that
    # give no value: nothing is documented for it.
    assert answer_for(STATS, {"visits"}) is None
    # Where the crash is not about visits, the first value stands.
    found = answer_for(STATS, {"orders"})
    assert found is not None and found.source == "0"


def test_a_value_for_the_case_itself_still_stands() -> None:
    said = "Orders per hundred visits: 0 when there are no visits."
    found = answer_for(said, {"visits"})
    assert found is not None and found.source == "0"
    # A sentence whose condition names the subject is about it, even in other words.
    user = "The name shown; None when the user is not logged in. Pages without a user are cached."
    found = answer_for(user, {"user"})
    assert found is not None and found.source == "None"
    # Other sentences answering the case with a value: that value.
    other = "Orders per hundred visits: 0 if nobody ordered. None when there are no visits."
    found = answer_for(other, {"visits"})
    assert found is not None and found.source == "None"


STOCK = """One row of the warehouse's count: the SKU and how many are on the shelf.

A quantity of 0 empties the shelf if the warehouse confirms it. A row without a
quantity is a shelf nobody counted tonight, and the import stops there.
"""


def test_another_answer_for_a_missing_key() -> None:
    assert other_answer(STOCK, "quantity", "0") == (
        "A row without a quantity is a shelf nobody counted tonight, and the import stops "
        "there.")
    assert other_answer("A plan without a limit is never capped.", "limit", "50") is not None
    assert other_answer("A customer with no credit limit set buys on prepayment only.",
                        "limit", "100") is not None
    # The same answer, by pattern or written out, agrees; silence about absence agrees.
    assert other_answer("``quantity`` defaults to 0 for a row without a quantity.",
                        "quantity", "0") is None
    assert other_answer("Rows without a quantity use DEFAULT_QUANTITY.", "quantity",
                        "DEFAULT_QUANTITY") is None
    assert other_answer("The quantity on the shelf.", "quantity", "0") is None


def test_a_cited_sentence_about_another_case_yields() -> None:
    cited = "Orders per hundred visits: 0 if nobody ordered."
    assert answered_elsewhere(cited, STATS, {"visits"}) is not None
    assert answered_elsewhere(cited, STATS, {"orders"}) is None
    assert answered_elsewhere("a sentence from somewhere else", STATS, {"visits"}) is None
    agreeing = "Orders per hundred visits: 0 if nobody ordered. A day without visits is 0."
    assert answered_elsewhere(cited, agreeing, {"visits"}) is None


def test_the_subjects_of_a_crash() -> None:
    division = ast.parse("rate = round(orders / visits * 100, 1)").body[0]
    assert crash_subjects("ZeroDivisionError", "division by zero", division, None) == {"visits"}
    mean = ast.parse("mean = sum(xs) / len(xs)").body[0]
    assert crash_subjects("ZeroDivisionError", "division by zero", mean, None) == {"xs"}
    assert crash_subjects("KeyError", "'limit'", None, None) == {"limit"}
    assert crash_subjects("AttributeError", "x", None, "order['address']") == {"address"}


# --- missing_key and borrowed_backing on whole modules ------------------------------------

INVOICES = '''
    def quote_total(quote):
        """What a quote comes to."""
        # A quote is a draft: its discount defaults to 0 until sales agrees on one.
        return quote["net"] - (quote.get("discount") or 0)


    def export_line(invoice):
        """The line the accounting export writes for an invoice.

        An invoice that states none was never approved and must not be exported.
        """
        return {"due": invoice["net"] - invoice["discount"]}
'''


def _backed(root: Path, files: dict[str, str], needle: str, key: str,
            filtered: bool = True) -> list[Candidate]:
    path = next(iter(files))
    site, analysis = crash_at(root, files, path, needle, "KeyError", repr(key), {})
    found = list(MissingKey().propose(site, analysis))
    if filtered:
        found = respect_the_functions_own_words(found, analysis)
    return [c for c in found if c.contract is not None]


def test_another_functions_comment_is_borrowed(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"books.py": INVOICES}, "books.py",
                              'invoice["discount"]', "KeyError", "'discount'", {})
    proposed = [c for c in MissingKey().propose(site, analysis)
                if 'invoice.get("discount", 0)' in c.edits["books.py"]]
    assert proposed and proposed[0].contract is not None
    assert proposed[0].contract.startswith("elsewhere the module documents it, in `quote_total`")
    kept = respect_the_functions_own_words(proposed, analysis)
    assert kept[0].contract is None and kept[0].plausibility == GUESS
    # The same comment where the crashing function reads the key is its own word.
    own = INVOICES.replace('        return {"due"', '        # The discount defaults to 0.\n'
                           '        return {"due"')
    backed = _backed(tmp_path / "own", {"books.py": own}, 'invoice["discount"]', "discount")
    assert any('invoice.get("discount", 0)' in c.edits["books.py"] for c in backed)


STOCK_MODULE = '''
    def stock_row(row):
        """One row of the warehouse's count.

        ``quantity`` defaults to 0. A row without a quantity stops the import.
        """
        return row["sku"], int(row["quantity"])
'''


def test_the_functions_word_on_the_missing_key_unbacks_a_default(tmp_path: Path) -> None:
    assert not _backed(tmp_path, {"stock.py": STOCK_MODULE}, 'row["quantity"]', "quantity",
                       filtered=False)
    agreeing = STOCK_MODULE.replace("stops the import", "counts 0")
    backed = _backed(tmp_path / "agree", {"stock.py": agreeing}, 'row["quantity"]', "quantity")
    assert any('row.get("quantity", 0)' in c.edits["stock.py"] for c in backed)


PROJECTS = '''
    def list_projects(projects, query):
        """One page of the project list."""
        return projects[: query.get("limit", 50)]


    def may_create_project(plan, count):
        """Whether an account on ``plan`` may open one more, a plan without a limit being
        one that is never capped."""
        return count < plan["limit"]
'''


def test_a_summary_on_the_missing_case_unbacks_a_borrowed_default(tmp_path: Path) -> None:
    _site, analysis = crash_at(tmp_path, {"projects.py": PROJECTS}, "projects.py",
                              'plan["limit"]', "KeyError", "'limit'", {})
    borrowed = Candidate("sibling-or-fallback", "50", {"projects.py": "x"}, plausibility=0.8,
                         contract="`list_projects` reads it with 50",
                         originals={"projects.py": "y"})
    kept = respect_the_functions_own_words([borrowed], analysis)
    assert kept[0].contract is None and "never capped" in kept[0].description
    silent = PROJECTS.replace(", a plan without a limit being\n        one that is never "
                              "capped.", ".")
    _site, analysis = crash_at(tmp_path / "silent", {"projects.py": silent}, "projects.py",
                              'plan["limit"]', "KeyError", "'limit'", {})
    assert respect_the_functions_own_words([borrowed], analysis)[0].contract is not None


def test_a_cited_sentence_on_another_case_is_unbacked(tmp_path: Path) -> None:
    stats = '''
        def conversion(orders, visits):
            """Orders per hundred visits: 0 if nobody ordered.

            A day without visits is a day the tracker was down; the dashboard leaves it
            blank (None).
            """
            return round(orders / visits * 100, 1)
    '''
    _site, analysis = crash_at(tmp_path, {"stats.py": stats}, "stats.py", "return round",
                              "ZeroDivisionError", "division by zero", {"visits": "0"})
    assert analysis.return_default is None  # no annotation, and no answer read for the case
    zero = Candidate("empty-guard", "0", {"stats.py": "x"}, plausibility=0.8,
                     contract='the return value of `conversion` is documented: "Orders per '
                              'hundred visits: 0 if nobody ordered."',
                     originals={"stats.py": "y"})
    assert respect_the_functions_own_words([zero], analysis)[0].contract is None
    on_case = stats.replace("0 if nobody ordered.", "0 when there are no visits.")
    _site, analysis = crash_at(tmp_path / "case", {"stats.py": on_case}, "stats.py",
                              "return round", "ZeroDivisionError", "division by zero",
                              {"visits": "0"})
    assert analysis.return_default is not None and analysis.return_default.source == "0"
