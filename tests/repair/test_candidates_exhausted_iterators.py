"""``next()`` over nothing gets the default the code's contract names, or no fix at all."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate, generate
from bugstack.repair.candidates.exhausted_iterators import ExhaustedIterator
from tests.repair.test_candidates import _site

_ZONES = '''
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Zone:
        name: str
        countries: frozenset[str]

    ZONES = (Zone("eu", frozenset({"DE"})),)
    REST_OF_WORLD = Zone("world", frozenset())
    MAX_WEIGHT = 30

    def zone_for(country: str) -> Zone:
        """{doc}"""
        code = country.upper()
        return next(zone for zone in ZONES if code in zone.countries)

    def label(country: str) -> str:
        return zone_for(country).name
'''


def _proposed(tmp_path: Path, module: str, needle: str = "return next(",
              exc_type: str = "StopIteration", message: str = "") -> list[Candidate]:
    site, root = _site(tmp_path, {"zones.py": module}, "zones.py", needle, exc_type, message,
                       {"code": "'CA'"})
    return list(ExhaustedIterator().propose(site, analyse(site, root)))


def test_the_constant_the_docstring_names_becomes_the_default(tmp_path: Path) -> None:
    doc = "The zone of a country; a country listed in no zone ships at the REST_OF_WORLD rate."
    found = _proposed(tmp_path, _ZONES.replace("{doc}", doc))
    assert len(found) == 1
    after = found[0].edits["zones.py"]
    assert "return next((zone for zone in ZONES if code in zone.countries), REST_OF_WORLD)" \
        in after
    assert found[0].contract is not None and "REST_OF_WORLD" in found[0].contract
    # Only the failing call changes: the rest of the module is as it was.
    assert after.replace(", REST_OF_WORLD)", ")").replace(
        "next((zone for zone in ZONES if code in zone.countries))",
        "next(zone for zone in ZONES if code in zone.countries)",
    ) == found[0].originals["zones.py"]
    assert "return zone_for(country).name" in after


def test_a_constant_of_another_type_or_a_refusal_is_not_a_default(tmp_path: Path) -> None:
    wrong_type = "The zone of a country; with no zone, parcels are limited to MAX_WEIGHT."
    assert _proposed(tmp_path / "a", _ZONES.replace("{doc}", wrong_type)) == []
    refusal = "The zone of a country; raises LookupError for a country in no zone of ZONES."
    assert _proposed(tmp_path / "b", _ZONES.replace("{doc}", refusal)) == []


def test_silent_contract_proposes_nothing(tmp_path: Path) -> None:
    assert _proposed(tmp_path, _ZONES.replace("{doc}", "The zone of a country.")) == []


def test_optional_return_type_means_none(tmp_path: Path) -> None:
    module = _ZONES.replace("{doc}", "The zone of a country.").replace(
        "-> Zone:", "-> Zone | None:")
    found = _proposed(tmp_path, module)
    assert [c.contract for c in found] == ["its return type `Zone | None` allows None"]
    assert "return next((zone for zone in ZONES if code in zone.countries), None)" in \
        found[0].edits["zones.py"]


def test_documented_none_is_the_default_unless_the_sentence_raises(tmp_path: Path) -> None:
    said = _ZONES.replace("{doc}", "The zone of a country, or None when it is in no zone.")
    found = _proposed(tmp_path / "a", said)
    assert [c.edits["zones.py"].count("code in zone.countries), None)") for c in found] == [1]
    raising = _ZONES.replace("{doc}", "The zone of a country; raises an error, not None, "
                                      "when it is in no zone.")
    assert _proposed(tmp_path / "b", raising) == []


def test_none_is_not_a_default_for_a_value_the_function_goes_on_to_use(
        tmp_path: Path) -> None:
    module = '''
        DEFAULT_PLAN = "basic"

        def price(plans: list[dict], name: str) -> int | None:
            plan = next(p for p in plans if p["name"] == name)
            return plan["price"]
    '''
    site, root = _site(tmp_path, {"plans.py": module}, "plans.py", "plan = next(",
                       "StopIteration", "")
    assert list(ExhaustedIterator().propose(site, analyse(site, root))) == []
    named = module.replace('DEFAULT_PLAN = "basic"', 'DEFAULT_PLAN = {"name": "basic", '
                                                     '"price": 0}')
    site, root = _site(tmp_path / "2", {"plans.py": named}, "plans.py", "plan = next(",
                       "StopIteration", "")
    found = list(ExhaustedIterator().propose(site, analyse(site, root)))
    assert len(found) == 1
    assert "plan = next((p for p in plans if p[\"name\"] == name), DEFAULT_PLAN)" in \
        found[0].edits["plans.py"]


def test_other_errors_and_plain_iterators(tmp_path: Path) -> None:
    doc = "The zone of a country; a country listed in no zone ships at the REST_OF_WORLD rate."
    assert _proposed(tmp_path / "a", _ZONES.replace("{doc}", doc), exc_type="ValueError",
                     message="x") == []
    module = _ZONES.replace("{doc}", doc).replace(
        "return next(zone for zone in ZONES if code in zone.countries)",
        "return next(iter(z for z in ZONES if code in z.countries))")
    found = _proposed(tmp_path / "b", module, exc_type="RuntimeError",
                      message="generator raised StopIteration")
    assert [c.edits["zones.py"].count(
        "next(iter(z for z in ZONES if code in z.countries), REST_OF_WORLD)") for c in found] \
        == [1]


def test_the_engine_proposes_it_first(tmp_path: Path) -> None:
    doc = "The zone of a country; a country listed in no zone ships at the REST_OF_WORLD rate."
    site, root = _site(tmp_path, {"zones.py": _ZONES.replace("{doc}", doc)}, "zones.py",
                       "return next(", "StopIteration", "", {"code": "'CA'"})
    best = generate(site, analyse(site, root))[0]
    assert best.strategy == "exhausted-iterator" and "REST_OF_WORLD)" in best.edits["zones.py"]
