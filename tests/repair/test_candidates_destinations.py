"""A missing key or a zero divisor makes the whole value fall back to what the place it
goes to documents (a field ``str | None`` "None for orders with nothing to ship"), not
just the failing piece; with no such place, or a silent one, nothing is backed."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.empty_guards import EmptyGuard
from bugstack.repair.candidates.missing_key import MissingKey
from tests.repair.test_candidates import _site

_ORDER_API = '''
    from pydantic import BaseModel

    ORDERS: dict = dict()


    class Summary(BaseModel):
        id: str
        {comment}
        country: {annotation}


    def summary(order_id: str) -> Summary:
        order = ORDERS[order_id]
        label = order["label"]["text"].upper()
        return Summary(
            id=order["id"],
            country=order["shipping"]["country"],
        )
'''


def _order_candidates(tmp_path: Path, annotation: str, comment: str,
                      key: str = "shipping") -> list[Candidate]:
    text = _ORDER_API.format(annotation=annotation, comment=comment)
    needle = 'order["shipping"]' if key == "shipping" else 'order["label"]'
    site, root = _site(tmp_path, {"api.py": text}, "api.py", needle, "KeyError", repr(key))
    return list(MissingKey().propose(site, analyse(site, root)))


def _backed(found: list[Candidate]) -> list[Candidate]:
    return [c for c in found if c.contract is not None]


def test_nested_key_feeding_a_documented_optional_field_falls_back_whole(
        tmp_path: Path) -> None:
    found = _backed(_order_candidates(tmp_path, "str | None",
                                      "#: None for orders with nothing to ship."))
    assert len(found) == 1
    new = found[0].edits["api.py"]
    # The whole chain is guarded: `.get("shipping")` alone would leave None["country"].
    # The line would be longer than any in the file, so it is broken inside the brackets.
    assert ('        country=(\n'
            '            order["shipping"]["country"] if "shipping" in order else None\n'
            '        ),\n') in new
    assert found[0].contract is not None and "nothing to ship" in found[0].contract
    # Everything else is as it was, the other reads of `order` included.
    before = _ORDER_API.format(annotation="str | None",
                               comment="#: None for orders with nothing to ship.")
    assert new.count("\n") == before.lstrip("\n").count("\n") + 2
    assert 'id=order["id"],' in new and 'label = order["label"]["text"].upper()' in new


def test_optional_field_without_words_is_weaker_backing(tmp_path: Path) -> None:
    found = _backed(_order_candidates(tmp_path, "Optional[str]", ""))
    assert len(found) == 1 and found[0].plausibility < 0.75  # below a sibling's 404
    assert "declared `Optional[str]`" in (found[0].contract or "")


def test_field_that_does_not_admit_none_backs_nothing(tmp_path: Path) -> None:
    assert _backed(_order_candidates(tmp_path, "str", "")) == []
    # Words saying None on a field typed `str` contradict each other: still nothing.
    assert _backed(_order_candidates(tmp_path / "2", "str", "#: None when unknown.")) == []


def test_value_used_on_rather_than_handed_on_has_no_destination(tmp_path: Path) -> None:
    # `label` is computed and dropped: no declared place says what it is without a label.
    found = _order_candidates(tmp_path, "str | None", "#: None for digital orders.",
                              key="label")
    assert found and _backed(found) == []


def test_single_read_stored_then_returned_reads_with_get(tmp_path: Path) -> None:
    site, root = _site(tmp_path, {"prefs.py": '''
        def theme(prefs: dict) -> str | None:
            """The chosen theme; None when the user never chose one."""
            chosen = prefs["theme"]
            return chosen
    '''}, "prefs.py", 'prefs["theme"]', "KeyError", "'theme'")
    found = [c for c in MissingKey().propose(site, analyse(site, root))
             if c.contract and "return value" in c.contract]
    assert found and 'chosen = prefs.get("theme")\n' in found[0].edits["prefs.py"]


_GROWTH_API = '''
    from pydantic import BaseModel


    class Growth(BaseModel):
        current: int
        #: Change in percent; {doc}
        change_pct: float | None


    def growth(current: int, previous: int, weights: list) -> Growth:
        """Signups this week against the previous one, with the weighted share of the week."""
        share = sum(weights) / len(weights)
        change = round((current - previous) / previous * 100, 1)
        return Growth(current=current, change_pct=change)
'''


def _growth(tmp_path: Path, doc: str, needle: str = "/ previous") -> list[Candidate]:
    site, root = _site(tmp_path, {"metrics.py": _GROWTH_API.format(doc=doc)}, "metrics.py",
                       needle, "ZeroDivisionError", "division by zero",
                       {"current": "5", "previous": "0"})
    return list(EmptyGuard().propose(site, analyse(site, root)))


def test_quotient_documented_none_for_a_zero_divisor(tmp_path: Path) -> None:
    found = _backed(_growth(tmp_path, "None when the previous week had no signups."))
    assert len(found) == 1
    new = found[0].edits["metrics.py"]
    # A statement's whole value needs no brackets around the conditional.
    assert ("change = round((current - previous) / previous * 100, 1) if previous "
            "else None\n") in new
    # The other division and the rest of the function are untouched.
    assert "share = sum(weights) / len(weights)\n" in new
    assert "return Growth(current=current, change_pct=change)\n" in new


def test_quotient_documented_zero_gives_that_value(tmp_path: Path) -> None:
    found = _backed(_growth(tmp_path, "0 when the previous week had none."))
    assert found and "if previous else 0\n" in found[0].edits["metrics.py"]


def test_optional_type_alone_does_not_choose_the_quotient(tmp_path: Path) -> None:
    # `float | None` says None is allowed, not that a zero divisor means None.
    found = _growth(tmp_path, "one decimal.")
    assert not [c for c in found if "else None\n" in c.edits["metrics.py"]]
    assert _backed(found) == []


def test_divisor_that_is_not_a_plain_value_is_not_evaluated_twice(tmp_path: Path) -> None:
    source = _GROWTH_API.replace("/ previous * 100", "/ lookup(previous) * 100")
    site, root = _site(tmp_path, {"metrics.py": source.format(doc="None when none before.")},
                       "metrics.py", "/ lookup(previous)", "ZeroDivisionError",
                       "division by zero")
    found = list(EmptyGuard().propose(site, analyse(site, root)))
    assert not [c for c in found if "if lookup(previous)" in c.edits["metrics.py"]]


def test_quotient_documented_none_for_another_case_is_not_backed(tmp_path: Path) -> None:
    # The field is None for another reason than the zero divisor: no contract for it.
    found = _growth(tmp_path, "None for a campaign that has ended.")
    assert not [c for c in found if "else None\n" in c.edits["metrics.py"]]


def test_function_docstring_must_name_the_case_for_its_return(tmp_path: Path) -> None:
    source = '''
        def ratio(done: int, total: int) -> float | None:
            """Share of the work done. See None."""
            share = done / total
            return share
    '''
    site, root = _site(tmp_path, {"work.py": source}, "work.py", "done / total",
                       "ZeroDivisionError", "division by zero")
    found = list(EmptyGuard().propose(site, analyse(site, root)))
    assert not [c for c in found if "if total else" in c.edits["work.py"]]
    documented = source.replace("See None.", "None when the total is not known yet.")
    site, root = _site(tmp_path / "2", {"work.py": documented}, "work.py", "done / total",
                       "ZeroDivisionError", "division by zero")
    found = list(EmptyGuard().propose(site, analyse(site, root)))
    assert [c for c in found if "share = done / total if total else None\n"
            in c.edits["work.py"] and c.contract]


def test_field_inherited_from_a_base_model_is_found(tmp_path: Path) -> None:
    text = _ORDER_API.format(annotation="str | None", comment="#: None when not shipped.")
    text = text.replace("class Summary(BaseModel):", "class Base(BaseModel):").replace(
        "def summary(", "class Summary(Base):\n        pass\n\n\n    def summary(")
    site, root = _site(tmp_path, {"api.py": text}, "api.py", 'order["shipping"]',
                       "KeyError", "'shipping'")
    found = _backed(list(MissingKey().propose(site, analyse(site, root))))
    assert found and "`Base.country` is documented" in (found[0].contract or "")


def test_a_record_looked_up_by_id_is_not_a_missing_field(tmp_path: Path) -> None:
    text = _ORDER_API.format(annotation="str | None", comment="#: None when not shipped.")
    text = text.replace("order = ORDERS[order_id]", "order = dict()").replace(
        'country=order["shipping"]["country"]', 'country=ORDERS[order_id]["country"]')
    site, root = _site(tmp_path, {"api.py": text}, "api.py", "ORDERS[order_id]",
                       "KeyError", "'7'", {"order_id": "'7'"})
    found = list(MissingKey().propose(site, analyse(site, root)))
    # An unknown order is not an order without a country: no fix leans on the field.
    assert found and not [c for c in found if c.contract and "country" in c.contract]


def test_an_expression_with_its_own_fallback_is_left_to_it(tmp_path: Path) -> None:
    # `... or "??"` already says what a missing country means; None would override it.
    text = _ORDER_API.format(annotation="str | None", comment="#: None when not shipped.")
    text = text.replace('country=order["shipping"]["country"],',
                        'country=order["shipping"]["country"] or "??",')
    site, root = _site(tmp_path, {"api.py": text}, "api.py", 'order["shipping"]',
                       "KeyError", "'shipping'")
    assert _backed(list(MissingKey().propose(site, analyse(site, root)))) == []


def test_a_stored_value_replaced_before_it_is_handed_on_has_no_destination(
        tmp_path: Path) -> None:
    source = _GROWTH_API.replace("        return Growth(", "        change = 0.0\n"
                                 "        return Growth(")
    found = _backed(_growth(tmp_path, "None when the previous week had none."))
    assert found  # the same function without the reassignment is backed
    site, root = _site(tmp_path / "2", {"metrics.py": source.format(
        doc="None when the previous week had none.")}, "metrics.py", "/ previous",
        "ZeroDivisionError", "division by zero")
    assert _backed(list(EmptyGuard().propose(site, analyse(site, root)))) == []


def test_no_guard_before_the_statement_for_a_key_read_inside_a_generator(
        tmp_path: Path) -> None:
    """``line`` exists only inside the generator: a guard above the ``return`` would test
    a name that is not there (or, worse, another ``line`` of the enclosing scope)."""
    source = '''
        from decimal import Decimal

        line = "module-level line"


        def total(lines: list, prices: dict) -> Decimal:
            """Nothing when there are no prices."""
            return sum((prices[line.product_id] * line.quantity for line in lines),
                       Decimal("0"))


        def unrelated(lines: list) -> int:
            return len(lines)
    '''
    site, root = _site(tmp_path, {"quote.py": source}, "quote.py", "prices[line",
                       "KeyError", "1042")
    found = list(MissingKey().propose(site, analyse(site, root)))
    assert found  # the in-place reads are still proposed
    for candidate in found:
        new = candidate.edits["quote.py"]
        assert "not in prices" not in new, new
        assert "    return len(lines)\n" in new
