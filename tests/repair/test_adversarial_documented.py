"""documented (refusal vetoes) under review: a refusal the documentation rules out must not
be reported as a fix because the sentence or the call is worded a little differently."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

ESTIMATES = '''
    from dataclasses import dataclass, field

    from fastapi import FastAPI, HTTPException

    app = FastAPI()
    SUPPLIER_DAYS = 9


    @dataclass(order=True)
    class Warehouse:
        days: int
        stock: set[str] = field(default_factory=set, compare=False)


    PRODUCTS = {"TENT": "Tent", "LAMP": "Lamp"}
    WAREHOUSES = [Warehouse(2, {"LAMP"})]


    @app.get("/products/{sku}")
    def product(sku: str) -> dict[str, object]:
        if sku not in PRODUCTS:
            raise HTTPException(status_code=404, detail="unknown product")
        return {"sku": sku}


    @app.get("/products/{sku}/estimate")
    def estimate(sku: str) -> dict[str, object]:
        """Days until delivery. When none of the warehouses holds it, the supplier ships it
        in ``SUPPLIER_DAYS`` days."""
        stocking = sorted(w for w in WAREHOUSES if sku in w.stock)
        fastest = stocking[0]
        return {"days": fastest.days}
'''

ESTIMATE_TESTS = '''
    from fastapi.testclient import TestClient

    from shop.api import app


    def test_estimate() -> None:
        assert TestClient(app).get("/products/LAMP/estimate").json() == {"days": 2}
'''


def test_none_of_the_warehouses_is_an_empty_case_answered_otherwise(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/api.py": ESTIMATES,
                   "tests/__init__.py": "", "tests/test_api.py": ESTIMATE_TESTS},
        'from fastapi.testclient import TestClient\nfrom shop.api import app\n'
        'TestClient(app).get("/products/TENT/estimate")',
        'from fastapi.testclient import TestClient\nfrom shop.api import app\n'
        'got = TestClient(app, raise_server_exceptions=False).get("/products/TENT/estimate")\n'
        'assert got.status_code == 200 and got.json() == {"days": 9}, got.text\n',
        framework="fastapi")
    assert data is not None


CHANGELOG = r'''
    """Subjects are ``type(scope)!: description``; a ``!`` marks a breaking change."""

    import re

    SUBJECT = re.compile(r"^(?P<type>[a-z]+)(?:\((?P<scope>[^()]+)\))?: (?P<text>.+)$")


    def parse(subject: str) -> tuple[str, str] | None:
        """The section and text of a subject, None for one left out."""
        match = SUBJECT.match(subject.strip())
        kind = match.group("type")
        return kind, match.group("text")
'''

CHANGELOG_TESTS = '''
    from log import parse


    def test_parse() -> None:
        assert parse("fix(ui): align") == ("fix", "align")
'''


def test_a_documented_syntax_in_a_stripped_subject_is_not_dropped(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"log.py": CHANGELOG, "tests/test_log.py": CHANGELOG_TESTS},
        'from log import parse\nparse("feat(api)!: drop v1\\n")',
        'from log import parse\n'
        'assert parse("feat(api)!: drop v1\\n") is not None, "a breaking change was dropped"\n')
    assert data is not None
