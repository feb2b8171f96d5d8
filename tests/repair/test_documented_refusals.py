"""Refusals the documentation rules out lose their backing: a 404 for an empty list the
function's docstring gives another outcome, and a None for a text in a syntax the module
documents but the pattern lacks. Refusals the documentation allows keep it."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate, generate
from tests.repair.crash_sites import crash_at

ESTIMATES = '''
    from fastapi import FastAPI, HTTPException

    app = FastAPI()
    PRODUCTS = {{"TENT": "Tent"}}
    WAREHOUSES = []


    @app.get("/products/{{sku}}")
    def product(sku: str) -> dict[str, object]:
        if sku not in PRODUCTS:
            raise HTTPException(status_code=404, detail="unknown product")
        return {{"sku": sku}}


    @app.get("/products/{{sku}}/estimate")
    def estimate(sku: str) -> dict[str, object]:
        """Days until delivery. {doc}"""
        stocking = sorted(w for w in WAREHOUSES if sku in w.stock)
        fastest = stocking[0]
        return {{"days": fastest.days}}
'''


def _backed(candidates: list[Candidate]) -> list[str]:
    return [c.strategy for c in candidates if c.contract]


def _estimates(tmp_path: Path, doc: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"api.py": ESTIMATES.format(doc=doc)}, "api.py",
                              "fastest = stocking[0]", "IndexError", "list index out of range",
                              {"sku": "'TENT'", "stocking": "[]"})
    return generate(site, analysis)


def test_an_empty_case_the_docstring_answers_otherwise_is_no_404(tmp_path: Path) -> None:
    drop_shipped = _estimates(tmp_path / "drop", "When no warehouse holds it, the supplier "
                              "ships it in ``SUPPLIER_DAYS`` days.")
    assert any("404" in next(iter(c.edits.values())) for c in drop_shipped)
    assert _backed(drop_shipped) == []
    refused = _estimates(tmp_path / "refused", "When no warehouse holds it, the answer is "
                         "a 404.")
    assert _backed(refused) != []


CHANGELOG = '''
    """Subjects are ``type(scope){bang}: description``; {rule}"""
    import re

    SUBJECT = re.compile(r"^(?P<type>[a-z]+)(?:\\((?P<scope>[^()]+)\\))?: (?P<text>.+)$")


    def parse(subject: str) -> tuple[str, str] | None:
        """The section and text of a subject, None for one left out."""
        match = SUBJECT.match(subject)
        kind = match.group("type")
        return kind, match.group("text")
'''


def _changelog(tmp_path: Path, bang: str, rule: str) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"log.py": CHANGELOG.format(bang=bang, rule=rule)},
                              "log.py", 'kind = match.group("type")', "AttributeError",
                              "'NoneType' object has no attribute 'group'",
                              {"subject": "'feat(api)!: drop v1'"})
    return generate(site, analysis)


def test_a_documented_syntax_the_pattern_lacks_backs_no_none(tmp_path: Path) -> None:
    documented = _changelog(tmp_path / "bang", "!", "a ``!`` marks a breaking change.")
    assert documented and _backed(documented) == []
    silent = _changelog(tmp_path / "silent", "", "anything else is left out.")
    assert _backed(silent) != []
