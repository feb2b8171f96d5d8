"""A function's own "otherwise X" decides what a guard gives: before, a sibling's 404 won
over it (a wrong fix); after, the named value wins, or the engine declines."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, generate
from bugstack.repair.contract_alternatives import documented_alternative
from bugstack.repair.reproduce import Outcome
from bugstack.repair.selection import Probed, choose
from tests.repair.test_candidates import _probed, _site

_PROXY_VIEW = '''
    """Downloads counted per client address."""
    from flask import Flask, abort, request

    app = Flask(__name__)
    RELEASES = {{"1.0": "tool-1.0.tar.gz"}}


    def client_address() -> str:
        """{doc}"""
        forwarded = request.headers.get("X-Forwarded-For")
        return forwarded.split(",")[0].strip()


    @app.get("/releases/<version>")
    def download(version: str):
        filename = RELEASES.get(version)
        if filename is None:
            abort(404)
        return {{"address": client_address()}}
'''
_MESSAGE = "'NoneType' object has no attribute 'split'"


def _guards(tmp_path: Path, doc: str) -> list[Candidate]:
    site, root = _site(tmp_path, {"web.py": _PROXY_VIEW.format(doc=doc)}, "web.py",
                       "forwarded.split", "AttributeError", _MESSAGE)
    return generate(site, analyse(site, root))


def _added(candidate: Candidate) -> str:
    return next(iter(candidate.edits.values()))


def _chosen(candidates: list[Candidate]) -> tuple[list[Probed], str | None]:
    """Every candidate holds against the reproduction; each behaves differently."""
    return choose([Probed(c, Outcome(ran=True, value={"repr": str(i)}))
                   for i, c in enumerate(candidates)])


def test_described_fallback_beats_the_siblings_404(tmp_path: Path) -> None:
    # Before: the sibling's `abort(404)` was the only backed candidate and became the fix.
    candidates = _guards(tmp_path, "Behind the load balancer, the first hop of "
                         "``X-Forwarded-For``; otherwise the address of the connecting peer.")
    best = candidates[0]
    assert "return request.remote_addr" in _added(best)
    assert best.contract is not None and "otherwise" in best.contract
    # A missing header is no record the request named: the sibling's 404 is not even
    # proposed since the adversarial review (test_adversarial_not_found_convention.py).
    refusing = [c for c in candidates if "abort(404)" in _added(c).split("def download")[0]]
    assert all(c.contract is None for c in refusing)
    chosen, decline = _chosen(candidates)
    assert decline is None and [p.candidate for p in chosen] == [best]


def test_written_fallback_expression_in_scope_is_used(tmp_path: Path) -> None:
    candidates = _guards(tmp_path, "The forwarded hop, or else ``request.remote_addr``.")
    assert "return request.remote_addr" in _added(candidates[0])
    assert candidates[0].contract is not None


def test_undecidable_contract_declines_instead_of_the_404(tmp_path: Path) -> None:
    # Named behaviour, but nothing in scope that gives it: no candidate may be chosen.
    candidates = _guards(tmp_path, "The forwarded hop; otherwise the office's gateway.")
    assert candidates and all(c.contract is None for c in candidates)
    chosen, decline = _chosen(candidates)
    assert chosen == [] and decline is not None


def test_unrelated_docstring_backs_neither_the_peer_nor_a_404(tmp_path: Path) -> None:
    # No "otherwise": nothing names the peer's address. This test used to require the
    # sibling's 404 as the backed answer, a wrong fix (a request sent without a proxy
    # header is not a missing release); a header is no record looked up, so nothing is
    # backed and the engine declines.
    candidates = _guards(tmp_path, "The first hop of ``X-Forwarded-For``.")
    assert not any(c.contract for c in candidates)
    assert not any("remote_addr" in _added(c) for c in candidates)


def test_refusing_alternatives_are_not_alternatives() -> None:
    assert documented_alternative("The hop, otherwise None.") is None
    assert documented_alternative("The hop; otherwise a 404 (not found).") is None
    assert documented_alternative("The hop.") is None
    assert documented_alternative("The hop, otherwise the\n    peer address.") == \
        "The hop, otherwise the peer address."


def test_equally_backed_disagreeing_fixes_are_declined() -> None:
    first = _probed("answers 404", "404", "a sibling answers 404", 0.8)
    second = _probed("returns []", "[]", "the docstring says empty list", 0.8)
    chosen, decline = choose([first, second])
    assert chosen == [] and decline is not None and "equally" in decline
    stronger = _probed("returns []", "[]", "the docstring says empty list", 0.85)
    chosen, decline = choose([first, stronger])
    assert decline is None and [p.candidate for p in chosen] == [stronger.candidate]
