"""A malformed item the documentation says is skipped is left out: the per-item function
returns None for it and its callers drop the None, or the loop goes on to the next item.
Vague or unrelated wording backs nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, generate
from bugstack.repair.contract_items import documented_skip
from bugstack.repair.reproduce import Outcome
from bugstack.repair.selection import Probed, choose, verification_order
from tests.repair.test_candidates import _site

_LOG_MODULE = '''
    """Most requested paths.

    {doc}
    """

    from collections import Counter


    def request_path(line: str) -> str:
        """The path of the request on one log line."""
        request = line.split('"')[1]
        target = request.split()[1]
        return target.split("?", 1)[0]


    def top_paths(lines: list[str]) -> list[tuple[str, int]]:
        counts = Counter(request_path(line) for line in lines if line.strip())
        return counts.most_common(3)


    def hosts(lines: list[str]) -> set[str]:
        return {{line.split()[0] for line in lines}}
'''
_SKIPPED = ("Lines whose request is not ``METHOD PATH PROTOCOL`` (nginx writes ``\"-\"`` "
            "for connections that sent none) are skipped.")
_BAD_LINE = '1.2.3.4 - - [x] "-" 400 0 "-" "-"'
_GOOD_LINE = '1.2.3.4 - - [x] "GET /a?q=1 HTTP/1.1" 200 5 "-" "-"'


def _candidates(tmp_path: Path, doc: str, module: str = _LOG_MODULE,
                extra: dict[str, str] | None = None) -> list[Candidate]:
    files = {"logstats.py": module.format(doc=doc), **(extra or {})}
    site, root = _site(tmp_path, files, "logstats.py", "target = request.split()[1]",
                       "IndexError", "list index out of range",
                       {"line": repr(_BAD_LINE), "request": "'-'"})
    return generate(site, analyse(site, root))


def _run(source: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(source, "logstats.py", "exec"), namespace)  # the candidate's module
    return namespace


def test_per_item_function_returns_none_and_the_caller_leaves_it_out(tmp_path: Path) -> None:
    candidates = _candidates(tmp_path, _SKIPPED)
    backed = [c for c in candidates if c.contract]
    assert len(backed) == 1
    skip = backed[0]
    assert "module docstring" in (skip.contract or "") and "skipped" in (skip.contract or "")
    after = skip.edits["logstats.py"]
    before = textwrap.dedent(_LOG_MODULE.format(doc=_SKIPPED)).lstrip("\n")
    assert after == before.replace(
        "def request_path(line: str) -> str:", "def request_path(line: str) -> str | None:"
    ).replace(
        "    target = request.split()[1]",
        "    if len(request.split()) <= 1:\n        return None\n    target = request.split()[1]",
    ).replace(
        "    counts = Counter(request_path(line) for line in lines if line.strip())",
        "    paths = (request_path(line) for line in lines if line.strip())\n"
        "    counts = Counter(path for path in paths if path is not None)",
    )
    # The function that has nothing to do with the crash is untouched.
    assert "    return {line.split()[0] for line in lines}\n" in after
    module = _run(after)
    assert module["top_paths"]([_GOOD_LINE, _BAD_LINE, _GOOD_LINE]) == [("/a", 2)]
    # Counting the line under a made-up path contradicts the docstring: not backed.
    made_up = [c for c in candidates if 'return ""' in c.edits["logstats.py"]]
    assert made_up and all(c.contract is None for c in made_up)


def test_the_skip_is_chosen_over_a_made_up_value(tmp_path: Path) -> None:
    candidates = _candidates(tmp_path, _SKIPPED)
    held = [Probed(c, Outcome(ran=True, value={"repr": "None" if c.contract else repr(i)}))
            for i, c in enumerate(candidates)]
    chosen, decline = choose(held)
    assert decline is None
    assert [p.candidate.contract is not None for p in chosen] == [True]


def test_a_smaller_unbacked_candidate_of_the_same_behaviour_is_verified_last(
    tmp_path: Path,
) -> None:
    # Both return None for the bad line; only the backed one also teaches `top_paths`.
    candidates = _candidates(tmp_path, _SKIPPED)
    [skip] = [c for c in candidates if c.contract]
    [plain] = [c for c in _candidates(tmp_path, "") if "return None" in c.diff()]
    assert plain.size < skip.size
    same = Outcome(ran=True, value={"repr": "None"})
    chosen, decline = choose([Probed(plain, same), Probed(skip, same)])
    assert decline is None and len(chosen) == 2
    assert [p.candidate for p in verification_order(chosen)] == [skip, plain]


def test_caller_in_another_module_with_a_loop_skips_too(tmp_path: Path) -> None:
    report = '''
        from logstats import request_path


        def report(lines):
            totals = {}
            for line in lines:
                path = request_path(line)
                totals[path] = totals.get(path, 0) + 1
            return totals
    '''
    candidates = _candidates(tmp_path, _SKIPPED, extra={"report.py": report})
    [skip] = [c for c in candidates if c.contract]
    assert skip.edits["report.py"] == textwrap.dedent(report).lstrip("\n").replace(
        "        path = request_path(line)\n",
        "        path = request_path(line)\n        if path is None:\n            continue\n",
    )
    namespace: dict[str, Any] = {}
    exec(compile(skip.edits["logstats.py"], "logstats.py", "exec"), namespace)
    exec(compile(skip.edits["report.py"].replace("from logstats import request_path\n", ""),
                 "report.py", "exec"), namespace)
    assert namespace["report"]([_BAD_LINE, _GOOD_LINE]) == {"/a": 1}


def test_a_caller_that_uses_the_value_directly_backs_nothing(tmp_path: Path) -> None:
    # The None would reach `.upper()`: no skip can be promised, so nothing is backed.
    module = _LOG_MODULE + '''

    def first_path(lines: list[str]) -> str:
        return request_path(lines[0]).upper()
    '''
    candidates = _candidates(tmp_path, _SKIPPED, module=module)
    assert candidates and all(c.contract is None for c in candidates)


@pytest.mark.parametrize("doc", [
    "Blank lines are skipped.",  # another case than the crash's
    "Lines may be skipped.",  # a hedge, not a promise
    "Malformed lines raise ValueError, blank lines are skipped.",  # two outcomes
    "Lines whose status is not a number are skipped.",  # a defect the crash does not read
    "Malformed lines are not skipped: the report stops.",
    "",
])
def test_vague_or_unrelated_wording_backs_no_skip(tmp_path: Path, doc: str) -> None:
    candidates = _candidates(tmp_path, doc)
    assert not any(c.contract and "skipped" in c.contract for c in candidates)
    assert not any("is not None" in c.edits["logstats.py"] for c in candidates)


def test_loop_continue_is_backed_by_the_docstring(tmp_path: Path) -> None:
    source = '''
        def total(rows: list[dict[str, int]]) -> int:
            """The sum of the amounts. Rows without an amount are skipped."""
            result = 0
            for row in rows:
                amount = row["amount"]
                result += amount
            return result
    '''
    site, root = _site(tmp_path, {"sums.py": source}, "sums.py", 'amount = row["amount"]',
                       "KeyError", "'amount'", {"row": "{'id': 3}"})
    candidates = generate(site, analyse(site, root))
    backed = [c for c in candidates if c.contract]
    assert backed and all("continue" in c.edits["sums.py"] for c in backed)
    assert backed[0].edits["sums.py"] == textwrap.dedent(source).lstrip("\n").replace(
        '        amount = row["amount"]\n',
        '        if "amount" not in row:\n            continue\n        amount = row["amount"]\n',
    )
    namespace: dict[str, Any] = {}
    exec(compile(backed[0].edits["sums.py"], "sums.py", "exec"), namespace)
    assert namespace["total"]([{"amount": 2}, {"id": 3}, {"amount": 5}]) == 7


def test_unrelated_errors_are_left_to_the_other_templates(tmp_path: Path) -> None:
    source = '''
        """Malformed lines are skipped."""


        def parse(line: str) -> str:
            return lien.strip()
    '''
    site, root = _site(tmp_path, {"p.py": source}, "p.py", "lien.strip", "NameError",
                       "name 'lien' is not defined", {"line": "'x'"})
    candidates = generate(site, analyse(site, root))
    assert not any("skipped" in c.description for c in candidates)


def test_skip_wording() -> None:
    reads = ["target", "request"]
    assert documented_skip([("doc", "Malformed lines are ignored.")], ["line"], reads)
    assert documented_skip([("doc", "Invalid rows are dropped from the report.")], ["raw_row"],
                           reads)
    assert documented_skip([("doc", "Lines without a request are not counted.")], ["line"],
                           reads)
    assert documented_skip([("doc", "Malformed entries are skipped.")], ["line"], reads) is None
    assert documented_skip([("doc", "Lines that cannot be parsed are skipped.")], ["line"],
                           reads)
    # "not valid" said of a part of the line names a defect the crash does not read.
    assert documented_skip([("doc", "Lines that are not valid UTF-8 are skipped.")], ["line"],
                           reads) is None
    assert documented_skip([("doc", "Lines with invalid JSON are skipped.")], ["line"],
                           ["json", "loads"])
    # "are not counted" is the skip itself, not a defect of the request.
    assert documented_skip([("doc", "Lines with a blank request are not counted.")], ["line"],
                           reads) is None
    assert documented_skip([("doc", "Malformed lines could be ignored.")], ["line"],
                           reads) is None
    assert documented_skip([("doc", "Malformed lines are logged rather than skipped.")],
                           ["line"], reads) is None


_PRICES = '''
    from decimal import Decimal, InvalidOperation


    def total(rows: list[dict[str, str]]) -> Decimal:
        """The sum of the amounts. {doc}"""
        result = Decimal(0)
        for row in rows:
            amount = Decimal(row["amount"])
            result += amount
        return result


    def parse_amount(text: str) -> Decimal:
        return Decimal(text.replace(",", "."))
'''


def _price_candidates(tmp_path: Path, doc: str) -> list[Candidate]:
    site, root = _site(tmp_path, {"prices.py": _PRICES.format(doc=doc)}, "prices.py",
                       'amount = Decimal(row["amount"])', "InvalidOperation",
                       "[<class 'decimal.ConversionSyntax'>]", {"row": "{'amount': 'n/a'}"})
    return generate(site, analyse(site, root))


def test_unparsable_item_in_a_loop_is_skipped_by_catching_the_error(tmp_path: Path) -> None:
    doc = "Rows whose amount is not a number are skipped."
    [fix] = [c for c in _price_candidates(tmp_path, doc) if c.contract]
    before = textwrap.dedent(_PRICES.format(doc=doc)).lstrip("\n")
    assert fix.edits["prices.py"] == before.replace(
        '        amount = Decimal(row["amount"])\n',
        '        try:\n            amount = Decimal(row["amount"])\n'
        "        except InvalidOperation:\n            continue\n",
    )
    assert "    return Decimal(text.replace(\",\", \".\"))\n" in fix.edits["prices.py"]
    module = _run(fix.edits["prices.py"])
    assert module["total"]([{"amount": "2.5"}, {"amount": "n/a"}, {"amount": "1"}]) == \
        module["Decimal"]("3.5")


@pytest.mark.parametrize("doc", ["Rows are summed in order.",
                                 "Rows whose amount is not a number may be skipped."])
def test_no_documented_skip_no_caught_error(tmp_path: Path, doc: str) -> None:
    assert not any("except InvalidOperation" in c.edits["prices.py"]
                   for c in _price_candidates(tmp_path, doc))


def test_unparsable_item_in_a_per_item_function_returns_none_and_is_left_out(
    tmp_path: Path,
) -> None:
    source = '''
        """Visit counts. Lines whose count is not a number are ignored."""


        def parse(line: str) -> tuple[str, int]:
            page, count = line.split(",")
            return page, int(count)


        def counts(lines: list[str]) -> list[tuple[str, int]]:
            return [parse(line) for line in lines]
    '''
    site, root = _site(tmp_path, {"visits.py": source}, "visits.py", "return page, int(count)",
                       "ValueError", "invalid literal for int() with base 10: 'x'",
                       {"line": "'/a,x'", "page": "'/a'", "count": "'x'"})
    [fix] = [c for c in generate(site, analyse(site, root)) if c.contract]
    assert fix.edits["visits.py"] == textwrap.dedent(source).lstrip("\n").replace(
        "-> tuple[str, int]:", "-> tuple[str, int] | None:",
    ).replace(
        "    return page, int(count)\n",
        "    try:\n        return page, int(count)\n    except ValueError:\n        return None\n",
    ).replace(
        "    return [parse(line) for line in lines]\n",
        "    return [parsed for parsed in (parse(line) for line in lines) if parsed is not None]\n",
    )
    assert _run(fix.edits["visits.py"])["counts"](["/a,1", "/b,x", "/c,2"]) == \
        [("/a", 1), ("/c", 2)]
