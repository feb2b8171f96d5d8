"""A lookup whose docstring says case or spacing never matter, done on the text as typed:
the lookup compares without them and the caller answers its module's 404 for a value in
no form in the table; nothing when the docstring is silent or says otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.normalised_lookups import NormalisedLookup
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

CODES = '''
    """Airports by IATA code."""

    AIRPORTS: dict[str, tuple[str, int]] = {
        "LHR": ("London Heathrow", 25),
        "AMS": ("Amsterdam Schiphol", -3),
    }

    LOUNGES = {"LHR": 12, "AMS": 4}


    def airport(code: str) -> tuple[str, int] | None:
        """Name and elevation of the airport ``code``, or None for a code we do not list.

        Codes are typed as people like: the case of a code never makes a listed code unknown.
        """
        return AIRPORTS.get(code)


    def lounges(code: str) -> int:
        return LOUNGES[code]
'''

WEB = '''
    from flask import Flask, abort, request

    from flights.codes import airport

    app = Flask(__name__)
    BOARDS = {"LHR": ["BA1"]}


    @app.get("/airport")
    def show():
        """The airport named by ?code=."""
        name, elevation = airport(request.args.get("code", ""))
        return {"name": name, "elevation": elevation}


    @app.get("/boards/<code>")
    def board(code: str):
        flights = BOARDS.get(code)
        if flights is None:
            abort(404)
        return {"flights": flights}
'''


def _propose(tmp_path: Path, codes: str = CODES, web: str = WEB) -> list[Candidate]:
    site, analysis = crash_at(
        tmp_path, {"flights/__init__.py": "", "flights/codes.py": codes, "flights/web.py": web},
        "flights/web.py", "name, elevation = airport(", "TypeError",
        "cannot unpack non-iterable NoneType object", {})
    return list(NormalisedLookup().propose(site, analysis))


def test_the_lookup_ignores_case_and_the_caller_answers_404(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    codes = textwrap.dedent(CODES).lstrip("\n")
    assert found[0].edits["flights/codes.py"] == codes.replace(
        "    return AIRPORTS.get(code)",
        "    by_form = {key.casefold(): value for key, value in AIRPORTS.items()}\n"
        "    return by_form.get(code.casefold())")
    # The other lookup of the module is left as it is.
    assert "return LOUNGES[code]" in found[0].edits["flights/codes.py"]
    web = textwrap.dedent(WEB).lstrip("\n")
    assert found[0].edits["flights/web.py"] == web.replace(
        '    name, elevation = airport(request.args.get("code", ""))',
        '    name_elevation = airport(request.args.get("code", ""))\n'
        "    if name_elevation is None:\n"
        "        abort(404)\n"
        "    name, elevation = name_elevation")


def test_spacing_too_when_the_sentence_names_it(tmp_path: Path) -> None:
    found = _propose(tmp_path, CODES.replace("the case of a code never", "case and spaces never"))
    assert len(found) == 1
    assert 'by_form.get("".join(code.split()).casefold())' in found[0].edits["flights/codes.py"]


def test_a_silent_docstring_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CODES.replace(
        "Codes are typed as people like: the case of a code never makes a listed code unknown.",
        "Codes are three capitals.")) == []


def test_a_case_sensitive_lookup_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CODES.replace(
        "the case of a code never makes a listed code unknown",
        "codes are case-sensitive, the same as the airline's table")) == []


def test_a_sentence_about_another_noun_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CODES.replace(
        "the case of a code never makes a listed code unknown",
        "the case of a city name never makes a city unknown")) == []


def test_keys_that_share_a_form_get_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, CODES.replace('"AMS": ("Amsterdam', '"lhr": ("Amsterdam')) == []


def test_a_module_without_a_404_gets_nothing(tmp_path: Path) -> None:
    web = WEB.replace("        if flights is None:\n            abort(404)\n", "")
    assert _propose(tmp_path, web=web) == []


APP = {
    "flights/__init__.py": "",
    "flights/codes.py": CODES,
    "flights/web.py": WEB,
    "tests/test_web.py": '''
        from flights.web import app


        def test_show() -> None:
            response = app.test_client().get("/airport", query_string={"code": "AMS"})
            assert response.get_json() == {"name": "Amsterdam Schiphol", "elevation": -3}
    ''',
}


def test_a_code_typed_in_lower_case_is_found(tmp_path: Path) -> None:
    trigger = ('from flights.web import app\n'
               'app.test_client().get("/airport", query_string={"code": "lhr"})')
    check = ("from flights.web import app\n"
             "client = app.test_client()\n"
             "assert client.get('/airport?code=lhr').get_json()['name'] == 'London Heathrow'\n"
             "assert client.get('/airport?code=XXX').status_code == 404\n"
             "assert client.get('/airport').status_code == 404\n")
    data = fix_and_check(tmp_path, APP, trigger, check, framework="flask")
    assert data is not None and data["status"] == "fixed"
    assert "casefold()" in data["patch"]
