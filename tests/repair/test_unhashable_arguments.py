"""A list handed to a cached function, a set or a dict key: it is converted at the call to
the hashable form the receiver declares, and the cache stays."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.unhashable_arguments import UnhashableArgument
from tests.repair.apps import capture_event, make_repo, run_fix
from tests.repair.crash_sites import crash_at

RATES = '''
    from functools import lru_cache


    @lru_cache(maxsize=256)
    def parcel_rate(zone: str, weights_kg: tuple[float, ...]) -> float:
        """Cached: ``weights_kg`` is a tuple, so it can be a cache key."""
        return sum(weights_kg) * (2.0 if zone == "eu" else 1.0)
'''

CHECKOUT = '''
    from shop.rates import parcel_rate


    def _parcels(lines: list[tuple[str, float]]) -> list[float]:
        return [weight for _, weight in lines]


    def estimate(zone: str, lines: list[tuple[str, float]]) -> float:
        return parcel_rate(zone, _parcels(lines))


    def labels(lines: list[tuple[str, float]]) -> list[str]:
        return sorted({sku for sku, _ in lines})
'''

LIST = "unhashable type: 'list'"


def _propose(tmp_path: Path, files: dict[str, str], needle: str,
             message: str = LIST) -> list[tuple[str, str | None]]:
    site, analysis = crash_at(tmp_path, files, "shop/checkout.py", needle, "TypeError",
                              message)
    return [(c.edits["shop/checkout.py"], c.contract)
            for c in UnhashableArgument().propose(site, analysis)]


def test_the_argument_becomes_the_tuple_the_cached_parameter_declares(tmp_path: Path) -> None:
    [(after, contract)] = _propose(
        tmp_path, {"shop/rates.py": RATES, "shop/checkout.py": CHECKOUT}, "return parcel_rate")
    before = textwrap.dedent(CHECKOUT).lstrip("\n")
    assert after == before.replace("parcel_rate(zone, _parcels(lines))",
                                   "parcel_rate(zone, tuple(_parcels(lines)))")
    assert contract is not None and "annotated `tuple[float, ...]`" in contract
    # The unrelated set comprehension below is left as it was.
    assert "return sorted({sku for sku, _ in lines})" in after


def test_a_sibling_call_that_converts_backs_it_without_an_annotation(tmp_path: Path) -> None:
    rates = RATES.replace("weights_kg: tuple[float, ...]", "weights_kg")
    checkout = CHECKOUT + '''

    def quote(zone: str, lines: list[tuple[str, float]]) -> float:
        return parcel_rate(zone, tuple(_parcels(lines)))
    '''
    [(after, contract)] = _propose(
        tmp_path, {"shop/rates.py": rates, "shop/checkout.py": checkout}, "return parcel_rate")
    assert "    return parcel_rate(zone, tuple(_parcels(lines)))\n\n\ndef labels" in after
    assert contract is not None and "passes it converted" in contract


def test_a_set_annotated_with_tuples_gets_a_tuple(tmp_path: Path) -> None:
    checkout = '''
        def first_visits(paths: list[list[str]]) -> int:
            seen: set[tuple[str, ...]] = set()
            for path in paths:
                seen.add(path)
            return len(seen)
    '''
    [(after, contract)] = _propose(tmp_path, {"shop/checkout.py": checkout}, "seen.add")
    assert "seen.add(tuple(path))" in after
    assert contract == "`seen` is annotated `set[tuple[str, ...]]`"


def test_a_receiver_that_declares_nothing_gets_nothing(tmp_path: Path) -> None:
    rates = RATES.replace("weights_kg: tuple[float, ...]", "weights_kg")
    assert _propose(tmp_path, {"shop/rates.py": rates, "shop/checkout.py": CHECKOUT},
                    "return parcel_rate") == []
    # Nor does an uncached function, whatever its annotation says.
    uncached = RATES.replace("@lru_cache(maxsize=256)\n", "")
    assert _propose(tmp_path, {"shop/rates.py": uncached, "shop/checkout.py": CHECKOUT},
                    "return parcel_rate") == []


def test_a_set_becomes_a_frozenset_never_an_ordered_tuple(tmp_path: Path) -> None:
    checkout = CHECKOUT.replace("_parcels(lines))", "set(_parcels(lines)))")
    frozen = RATES.replace("tuple[float, ...]", "frozenset[float]")
    [(after, _)] = _propose(tmp_path, {"shop/rates.py": frozen, "shop/checkout.py": checkout},
                            "return parcel_rate", message="unhashable type: 'set'")
    assert "parcel_rate(zone, frozenset(set(_parcels(lines))))" in after
    # A tuple made of a set would carry the set's arbitrary order into the cache key.
    assert _propose(tmp_path, {"shop/rates.py": RATES, "shop/checkout.py": checkout},
                    "return parcel_rate", message="unhashable type: 'set'") == []


def test_a_dict_or_another_error_gets_nothing(tmp_path: Path) -> None:
    files = {"shop/rates.py": RATES, "shop/checkout.py": CHECKOUT}
    assert _propose(tmp_path, files, "return parcel_rate",
                    message="unhashable type: 'dict'") == []
    assert _propose(tmp_path, files, "return parcel_rate",
                    message="unsupported operand type(s) for +: 'int' and 'str'") == []


TAGS = '''
    from functools import cache


    @cache
    def tag_weight(tags: frozenset[str]) -> int:
        """Cached per distinct set of tags, which is why it takes a frozenset."""
        return len(tags) * 10


    def score(post: dict[str, list[str]]) -> int:
        return tag_weight(post["tags"])
'''

TAGS_TESTS = '''
    from blog.scores import tag_weight


    def test_weight():
        assert tag_weight(frozenset({"a", "b"})) == 20
'''


def test_a_list_reaching_a_cached_function_is_fixed_end_to_end(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"blog/__init__.py": "", "blog/scores.py": TAGS,
                                         "tests/test_scores.py": TAGS_TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        from blog.scores import score
        score({"tags": ["python", "django", "python"]})
    ''')
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert '+    return tag_weight(frozenset(post["tags"]))' in data["patch"]
    assert "assert result == 20" in data["regression_test"]["content"]
