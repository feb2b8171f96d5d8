"""Candidate strategies read the code's own contract; without one they only guess, and the
pipeline does not trust guesses that disagree or stand alone."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, deduplicate, generate
from bugstack.repair.reproduce import Outcome
from bugstack.repair.selection import Probed, choose


def _site(root: Path, files: dict[str, str], path: str, needle: str, exc_type: str,
          message: str, values: dict[str, Any] | None = None) -> tuple[CrashSite, Path]:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    source = (root / path).read_text(encoding="utf-8")
    lineno = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    tree = ast.parse(source)
    function = next(n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
                    and n.lineno <= lineno <= (n.end_lineno or 0))
    raw = {"exception": {"values": [{"type": exc_type, "value": message, "stacktrace": {
        "frames": [{"abs_path": f"/srv/{path}", "function": function, "lineno": lineno,
                    "in_app": True, "vars": values or {}}]}}]}}
    event = ErrorEvent.from_dict(raw)
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw["exception"]["values"][0]["stacktrace"]
                                               ["frames"][0]),  # type: ignore[index]
                         path=path, source=source, lineno=lineno)
    return CrashSite(event=event, exception=event.primary, frames=(frame,)), root


def _candidates(site: CrashSite, root: Path) -> list[Candidate]:
    return generate(site, analyse(site, root))


def test_sibling_404_outranks_a_returned_default(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {"api.py": '''
        from fastapi import FastAPI, HTTPException
        app = FastAPI()
        USERS = {}

        @app.get("/users/{uid}")
        def user(uid: int) -> dict:
            found = USERS.get(uid)
            if found is None:
                raise HTTPException(status_code=404, detail="no such user")
            return found

        @app.get("/users/{uid}/name")
        def name(uid: int) -> dict:
            found = USERS.get(uid)
            return {"name": found["name"]}
    '''}, "api.py", 'found["name"]', "TypeError", "'NoneType' object is not subscriptable",
        {"found": "None", "uid": "3"})
    found = _candidates(site, root)
    best = found[0]
    # The sibling checks the very same lookup for None: its answer is copied as it is.
    assert best.contract is not None and "`user` checks the same `USERS.get(uid)`" in \
        best.contract
    assert 'raise HTTPException(status_code=404, detail="no such user")' in best.edits["api.py"]
    # The module's general 404 convention is a candidate too, ranked below.
    assert any('detail="Not found"' in c.edits["api.py"] for c in found[1:])
    assert any(c.edits["api.py"].count("return {}") for c in found)


def test_documented_default_for_a_missing_key(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {"settings.py": '''
        def timeout(config: dict) -> int:
            """Seconds to wait. ``timeout`` is optional and defaults to 30."""
            return config["timeout"]
    '''}, "settings.py", 'config["timeout"]', "KeyError", "'timeout'")
    best = _candidates(site, root)[0]
    assert 'return config.get("timeout", 30)' in best.edits["settings.py"]
    assert best.contract is not None and "defaults to 30" in best.contract


def test_scalar_annotation_is_not_a_contract_for_zero(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {"cart.py": '''
        from decimal import Decimal

        def line_total(price: Decimal, discount) -> Decimal:
            return price - discount
    '''}, "cart.py", "price - discount", "TypeError",
        "unsupported operand type(s) for -: 'decimal.Decimal' and 'NoneType'",
        {"price": "Decimal('3')", "discount": "None"})
    found = _candidates(site, root)
    assert found
    assert all(c.contract is None for c in found)


def test_keyword_renamed_in_the_callee(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {
        "mailer.py": '''
            class Outbox:
                def send(self, to: str, text: str, *, cc: str = "") -> str:
                    return to + text
        ''',
        "events.py": '''
            def locked(outbox, email):
                return outbox.send(to=email, body="locked")
        ''',
    }, "events.py", "outbox.send", "TypeError",
        "Outbox.send() got an unexpected keyword argument 'body'")
    best = _candidates(site, root)[0]
    assert "outbox.send(to=email, text=\"locked\")" in best.edits["events.py"]
    assert best.contract is not None and "requires `text`" in best.contract


def test_sort_order_without_a_documented_place_is_not_guessed(tmp_path: Path) -> None:
    files = {"people.py": '''
        def by_surname(people):
            """By surname."""
            return sorted(people, key=lambda p: (p.surname, p.given))
    '''}
    site, root = _site(tmp_path, files, "people.py", "sorted(", "TypeError",
                       "'<' not supported between instances of 'NoneType' and 'str'")
    assert not [c for c in _candidates(site, root) if c.strategy == "none-sort-key"]
    documented = {"people.py": files["people.py"].replace(
        '"""By surname."""', '"""By surname; people without a surname come last."""')}
    site, root = _site(tmp_path / "2", documented, "people.py", "sorted(", "TypeError",
                       "'<' not supported between instances of 'NoneType' and 'str'")
    best = [c for c in _candidates(site, root) if c.strategy == "none-sort-key"]
    assert best and "(p.surname is None, p.surname or \"\", p.given)" in best[0].edits[
        "people.py"]


def test_candidates_are_deduplicated_by_normalised_ast() -> None:
    original = {"a.py": "x = 1\n"}
    first = Candidate("one", "", {"a.py": "x = d.get('k')\n"}, originals=original)
    same = Candidate("two", "", {"a.py": 'x = d.get("k")  # same code\n'}, originals=original)
    other = Candidate("three", "", {"a.py": "x = d.get('k', 0)\n"}, originals=original)
    broken = Candidate("four", "", {"a.py": "x = (\n"}, originals=original)
    nothing = Candidate("five", "", dict(original), originals=original)
    assert [c.strategy for c in deduplicate([first, same, other, broken, nothing])] == [
        "one", "three"]


def _probed(description: str, value: str, contract: str | None,
            plausibility: float) -> Probed:
    candidate = Candidate("t", description, {"a.py": f"x = {value}\n"},
                          plausibility=plausibility, contract=contract,
                          originals={"a.py": "x = 0\n"})
    return Probed(candidate, Outcome(ran=True, value={"repr": value}))


def test_choice_follows_the_contract_and_declines_guesses() -> None:
    guess_a = _probed("returns None", "None", None, 0.3)
    guess_b = _probed("returns 0", "0", None, 0.35)
    backed = _probed("returns []", "[]", "its return type is `list[str]`", 0.75)
    chosen, decline = choose([guess_a, guess_b, backed])
    assert decline is None and chosen == [backed]
    chosen, decline = choose([guess_a, guess_b])
    assert chosen == [] and decline is not None and "behave differently" in decline
    chosen, decline = choose([guess_a])
    assert chosen == [] and decline is not None and "nothing in the code backs" in decline
    agreeing = _probed("also returns []", "[]", None, 0.3)
    chosen, decline = choose([backed, agreeing])
    assert decline is None and len(chosen) == 2
