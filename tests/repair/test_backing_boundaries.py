"""Wording that looks like backing but documents another case backs nothing.

Both were wrong fixes the engine claimed on held-out cases: an unpacking crash "skipped, as
documented" by a sentence about the value the next statement checks, and a None guard
backed by ``-> str | None`` while the docs give that very field's case another answer.
"""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import generate
from tests.repair.crash_sites import crash_at

ACCEPT_LANGUAGE = '''
    def parse(header: str) -> list[tuple[str, float]]:
        """Tags with weights. A part without a weight has weight 1.0.

        Parts whose weight is not a number are ignored.
        """
        wanted = []
        for part in header.split(","):
            tag, weight = part.split(";q=")
            try:
                quality = float(weight)
            except ValueError:
                continue
            wanted.append((tag, quality))
        return wanted
'''


def test_a_sentence_about_what_the_statement_assigns_backs_no_skip(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"lang.py": ACCEPT_LANGUAGE}, "lang.py",
                              'part.split(";q=")', "ValueError",
                              "not enough values to unpack (expected 2, got 1)",
                              {"part": "'fr'", "header": "'fr, en;q=0.9'"})
    assert not any(c.contract and "ignored" in c.contract for c in generate(site, analysis))


def test_a_sentence_about_what_the_statement_reads_still_backs_the_skip(
        tmp_path: Path) -> None:
    source = ACCEPT_LANGUAGE.replace(
        "Parts whose weight is not a number are ignored.",
        "Malformed parts are ignored.")
    site, analysis = crash_at(tmp_path, {"lang.py": source}, "lang.py",
                              'part.split(";q=")', "ValueError",
                              "not enough values to unpack (expected 2, got 1)",
                              {"part": "'fr'", "header": "'fr, en;q=0.9'"})
    assert any(c.contract is not None and "Malformed parts are ignored" in c.contract
               for c in generate(site, analysis))


ANNOUNCE = '''
    """Chat lines for pull request events.

    - ``closed``: "merged by bo" when merged, and "closed without merging" when it was not
      (``merged_by`` is then null).

    Every other action is not announced: None.
    """


    def announcement(action: str, pull: dict) -> str | None:
        if action == "closed":
            return f"merged by {pull['merged_by']['login']}"
        return None
'''


def _none_returns(tmp_path: Path, source: str) -> list[str | None]:
    site, analysis = crash_at(tmp_path, {"chat.py": source}, "chat.py", "merged by {",
                              "TypeError", "'NoneType' object is not subscriptable",
                              {"action": "'closed'",
                               "pull": "{'merged_by': None, 'title': 'Fix'}"})
    return [c.contract for c in generate(site, analysis)
            if "pull['merged_by'] is None:\n+            return None" in c.diff()]


def test_an_optional_return_does_not_back_none_for_a_field_the_docs_answer(
        tmp_path: Path) -> None:
    contracts = _none_returns(tmp_path, ANNOUNCE)
    assert contracts and all(c is None for c in contracts)


def test_an_optional_return_still_backs_none_when_the_docs_are_silent_on_the_field(
        tmp_path: Path) -> None:
    start = ANNOUNCE.index("    - ``closed``")
    silent = ANNOUNCE[:start] + ANNOUNCE[ANNOUNCE.index("    Every other action"):]
    assert "merged_by" not in silent.split("def ")[0]
    contracts = _none_returns(tmp_path, silent)
    assert contracts and any(c is not None and "allows None" in c for c in contracts)


SITEMAP = '''
    from dataclasses import dataclass


    @dataclass
    class Page:
        url: str
        lastmod: str


    def read(entries: list[dict]) -> list[Page]:
        pages = []
        for entry in entries:
            lastmod = entry.get("lastmod")
            pages.append(Page(entry["loc"], lastmod.strip()))
        return pages
'''


def _empty_returns(tmp_path: Path, source: str) -> list[str | None]:
    site, analysis = crash_at(tmp_path, {"sitemap.py": source}, "sitemap.py", "lastmod.strip()",
                              "AttributeError", "'NoneType' object has no attribute 'strip'",
                              {"lastmod": "None", "entry": "{'loc': '/about'}"})
    return [c.contract for c in generate(site, analysis) if "return []" in c.diff()]


def test_a_list_return_type_does_not_back_giving_up_the_whole_loop(tmp_path: Path) -> None:
    contracts = _empty_returns(tmp_path, SITEMAP)
    assert contracts and all(c is None for c in contracts)


def test_a_list_return_type_still_backs_an_empty_answer_outside_a_loop(
        tmp_path: Path) -> None:
    single = SITEMAP.split("    def read")[0] + '''
    def read(entry: dict) -> list[Page]:
        lastmod = entry.get("lastmod")
        return [Page(entry["loc"], lastmod.strip())]
'''
    contracts = _empty_returns(tmp_path, single)
    assert any(c is not None and "list[Page]" in c for c in contracts)


def test_docs_naming_the_field_leave_an_empty_collection_backed(tmp_path: Path) -> None:
    # "drafts may have no tags" names the field, but an empty list is the type's own
    # answer for no tags, not another case's: only an Optional's None gives way.
    site, analysis = crash_at(tmp_path, {"cms.py": '''
        def tag_names(article: dict) -> list[str]:
            """The article's tag names, upper-cased; drafts may have no tags."""
            names = []
            for tag in article.get("tags"):
                names.append(tag.upper())
            return names
    '''}, "cms.py", "for tag in", "TypeError", "'NoneType' object is not iterable",
        {"article": "{'title': 'Draft', 'tags': None}"})
    assert any(c.contract is not None and "list[str]" in c.contract and "return []" in c.diff()
               for c in generate(site, analysis))


AGENTS = '''
    import re

    _APP_AGENT = re.compile(r"ShopApp/(\\d+)\\.(\\d+)")


    def app_version(user_agent: str) -> tuple[int, int]:
        """The mobile app's (major, minor) version from its User-Agent."""
        match = _APP_AGENT.search(user_agent)
        return int(match.group(1)), int(match.group(2))


    def app_versions(user_agents: list[str]) -> tuple[int, ...]:
        """The major versions among the agents."""
        match = _APP_AGENT.search(user_agents[0])
        return (int(match.group(1)),)
'''


def test_a_fixed_length_tuple_type_backs_no_empty_tuple(tmp_path: Path) -> None:
    # A wrong fix on held-out batch 9: `return ()` "following" `-> tuple[int, int]`, which
    # a version compared with (3, 2) then read as older than every release.
    site, analysis = crash_at(tmp_path, {"agents.py": AGENTS}, "agents.py",
                              "return int(match.group(1)), int(", "AttributeError",
                              "'NoneType' object has no attribute 'group'",
                              {"user_agent": "'Mozilla/5.0'", "match": "None"})
    assert not any("()" in c.edits["agents.py"] and c.contract
                   for c in generate(site, analysis))
    # A tuple of any length does admit the empty one.
    site, analysis = crash_at(tmp_path, {"agents.py": AGENTS}, "agents.py",
                              "return (int(match.group(1)),)", "AttributeError",
                              "'NoneType' object has no attribute 'group'",
                              {"user_agents": "['Mozilla/5.0']", "match": "None"})
    assert any("return ()" in c.edits["agents.py"] and c.contract
               for c in generate(site, analysis))


QUIZ = '''
    from flask import Flask, abort

    app = Flask(__name__)
    SCORES: dict[str, dict[str, int]] = {}


    @app.get("/quizzes/<name>")
    def results(name: str) -> dict[str, object]:
        if name not in SCORES:
            abort(404)
        return {"scores": SCORES[name]}


    def summary(scores: dict[str, int]) -> dict[str, object]:
        """The results panel. ``top_score`` and ``winner`` are null while nobody has
        finished the quiz."""
        ranking = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        winner, top_score = ranking[0]
        return {"players": len(scores), "top_score": top_score, "winner": winner}
'''


def test_an_empty_case_the_docs_answer_backs_no_404_and_no_typed_early_return(
        tmp_path: Path) -> None:
    # Wrong fixes on held-out batch 11: a sibling's 404, and `return {}` "following"
    # `-> dict[str, object]`, for a quiz nobody has finished, whose fields the docs say
    # are null and whose player count the early return dropped.
    site, analysis = crash_at(tmp_path, {"quiz.py": QUIZ}, "quiz.py", "winner, top_score =",
                              "IndexError", "list index out of range",
                              {"scores": "{}", "ranking": "[]"})
    backed = [c for c in generate(site, analysis) if c.contract]
    before = set(backed[0].originals["quiz.py"].splitlines()) if backed else set()
    added = [line for c in backed for line in c.edits["quiz.py"].splitlines()
             if line not in before]
    assert not any("abort(404)" in line or "return {}" in line for line in added), added
    # What the docs do back: the two names null, the player count still computed.
    assert [c.description for c in backed] == [
        "When `ranking` is empty, `winner`, `top_score` are now None instead of "
        "`ranking[0]` raising IndexError."]


OVERLAY = '''
    from typing import Any


    def overlay(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
        """``override`` over ``base``, nested dicts merged. A null in the override deletes
        the key."""
        merged = dict(base)
        for key, value in override.items():
            if isinstance(base.get(key), dict):
                merged[key] = overlay(base[key], value)
            else:
                merged[key] = value
        return merged
'''


def test_a_none_through_a_parameter_typed_never_none_backs_no_typed_return(
        tmp_path: Path) -> None:
    # Held-out batch 11: `if override is None: return {}` "following" `-> dict[str, Any]`,
    # while `override: dict[str, Any]` promised a dict and the docs say null deletes.
    site, analysis = crash_at(tmp_path, {"layered.py": OVERLAY}, "layered.py",
                              "for key, value in override.items()", "AttributeError",
                              "'NoneType' object has no attribute 'items'",
                              {"override": "None", "base": "{'port': 5432}"})
    assert not any("return {}" in c.edits["layered.py"] and c.contract
                   for c in generate(site, analysis))
    # Typed as optional, the None is an answer the return type can speak for.
    optional = OVERLAY.replace("override: dict[str, Any])", "override: dict[str, Any] | None)")
    site, analysis = crash_at(tmp_path / "optional", {"layered.py": optional}, "layered.py",
                              "for key, value in override.items()", "AttributeError",
                              "'NoneType' object has no attribute 'items'",
                              {"override": "None", "base": "{'port': 5432}"})
    assert any(c.contract for c in generate(site, analysis))


EPISODES = '''
    from fastapi import FastAPI, HTTPException

    app = FastAPI()
    SEASON = [{"n": 1}, {"n": 2}]


    def _episodes(number: int) -> list[dict[str, int]]:
        if not 1 <= number <= len(SEASON):
            raise HTTPException(status_code=404, detail="no such episode")
        return SEASON


    @app.get("/episodes/{number}/next")
    def next_episode(number: int) -> dict[str, int] | None:
        """The following episode, or null after the season's last episode."""
        episodes = _episodes(number)
        return episodes[number]
'''


def test_null_after_the_last_item_backs_no_sibling_404(tmp_path: Path) -> None:
    # Wrong fix on held-out batch 13's blind run: the sibling's 404 after a finale, where
    # the docstring says "or null after the season's last episode".
    site, analysis = crash_at(tmp_path, {"shows.py": EPISODES}, "shows.py",
                              "return episodes[number]", "IndexError",
                              "list index out of range", {"number": "2"})
    backed = [c for c in generate(site, analysis) if c.contract]
    before = set(backed[0].originals["shows.py"].splitlines()) if backed else set()
    added = [line for c in backed for line in c.edits["shows.py"].splitlines()
             if line not in before]
    assert not any("HTTPException" in line for line in added), added
    assert any(line.strip() == "return None" for line in added), added


GATES = '''
    from dataclasses import dataclass, replace

    BOARD: dict[str, "Flight"] = {}


    @dataclass
    class Flight:
        number: str
        status: str
        gate: str | None


    def save(flight: Flight) -> Flight:
        BOARD[flight.number] = flight
        return flight


    def receive(number: str, status: str, gate: str | None) -> dict[str, object]:
        flight = BOARD[number]
        cleaned = gate.strip().upper()
        updated = save(replace(flight, status=status, gate=cleaned))
        return {"number": updated.number, "gate": updated.gate}
'''


def test_the_return_type_backs_no_early_return_that_skips_a_save(tmp_path: Path) -> None:
    # Blind batch 17: `if message.gate is None: return {}` "following" `-> dict[str,
    # object]` dropped the status update the webhook had to store.
    def claims(source: str, where: Path) -> list[str]:
        site, analysis = crash_at(where, {"board.py": source}, "board.py",
                                  "cleaned = gate.strip()", "AttributeError",
                                  "'NoneType' object has no attribute 'strip'",
                                  {"gate": "None", "number": "'AL5'", "status": "'late'"})
        return [c.edits["board.py"] for c in generate(site, analysis)
                if c.contract and "its return type" in c.contract]

    assert not any("return {}" in edit for edit in claims(GATES, tmp_path / "store"))
    # The same guard where nothing is left undone, and the answer is built elsewhere (not
    # a dict literal of fields, which an early `{}` would empty: review 22): still backed.
    read_only = GATES.replace(
        "updated = save(replace(flight, status=status, gate=cleaned))",
        "updated = replace(flight, status=status, gate=cleaned)").replace(
        'return {"number": updated.number, "gate": updated.gate}', "return vars(updated)")
    assert any("return {}" in edit for edit in claims(read_only, tmp_path / "read"))
    # A dict literal of fields after the crash: an early `{}` drops them all.
    fields = GATES.replace(
        "updated = save(replace(flight, status=status, gate=cleaned))",
        "updated = replace(flight, status=status, gate=cleaned)")
    assert not any("return {}" in edit for edit in claims(fields, tmp_path / "fields"))


def test_none_for_a_case_with_nothing_in_it_is_documented(tmp_path: Path) -> None:
    # Blind batch 17: "None for a batch with no readings (a heartbeat)".
    site, analysis = crash_at(tmp_path, {"readings.py": '''
        def mean_temperature(readings: list[dict]) -> float | None:
            """Mean temperature of a batch, rounded to 0.1 degrees; None for a batch with
            no readings (a heartbeat), which says nothing about the temperature."""
            total = sum(r["temp_c"] for r in readings)
            return round(total / len(readings), 1)
    '''}, "readings.py", "return round(", "ZeroDivisionError", "division by zero",
        {"readings": "[]", "total": "0"})
    backed = [c for c in generate(site, analysis) if c.contract]
    assert backed and all("return None" in c.diff() or "else None" in c.diff() for c in backed)
    assert any("None for a batch with no readings" in (c.contract or "") for c in backed)


def test_none_for_an_empty_case_only_where_the_clause_gives_the_answer() -> None:
    # Adversarial review: a negated, a raising, an input's or another function's "None
    # for ..." is no answer of this function.
    from bugstack.repair.contract import documented_default

    agreed = "Mean of a batch; None for a batch with no readings (a heartbeat)."
    assert documented_default(agreed) is not None
    for said in ("The answer is never None for a live sensor with no readings.",
                 "Gauges send None for a missing value, which is left out.",
                 "Unlike `median` (None for an empty batch), an empty batch here raises.",
                 "Mean of a batch; None for a gauge that is off, no matter what it holds."):
        found = documented_default(said)
        assert found is None or found.source != "None", said
