"""Missing-key defaults: ``data["key"]`` on a mapping that does not always have the key.

Proposes ``data.get("key", default)`` where the code documents a default (a comment or
docstring such as "optional, defaults to false", or a module constant named after the
key), and a guard answering like sibling functions (a 404 for a record looked up by id,
never for a constant key, written out or named by a module constant such as ``CART_KEY``:
a field missing from a body or a slot missing from a session is no missing record).
When the value read goes to a place that declares what it is when data is missing (a
field ``str | None`` documented "None for orders with nothing to ship"), the whole value
falls back to that: ``data.get("key")`` for a single read, and for a chain
``(order["address"]["country"] if "address" in order else None)``, since a ``.get()``
of the first key alone would leave ``None["country"]`` (``destinations.py``).
A statement rewriting the key in place is skipped when the key is absent, where the
docstring says fields left out keep their value (``partial_updates.py``).
A bare ``.get("key")`` (None) is proposed only as a guess the pipeline will not trust
when guesses disagree.

A comment inside another function is that function's word ("a quote is a draft: its
discount defaults to 0" in ``quote_total``): read after the crashing function's own words
and the module's, and borrowed, as a sibling's ``.get()`` is. Whatever backs a default,
the crashing function's own sentence on the key's absence ("a row without a quantity ...
the import stops there") outranks it: a default it does not give loses its backing
(``absent_cases.other_answer``; the ninth adversarial review, 2026-11-27).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.absent_cases import other_answer
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.destinations import destination_of, is_pure, wrap_value
from bugstack.repair.candidates.edits import insert_before_statement, replace_node
from bugstack.repair.candidates.fallbacks import fallbacks, typed_only, whole_answer
from bugstack.repair.candidates.imported_tables import imported_table_default
from bugstack.repair.candidates.partial_updates import rewrite_only_when_sent
from bugstack.repair.contract import Evidence, documented_default, named_default
from bugstack.repair.contract_constants import (
    constant_for_absent_key,
    default_for_table,
    default_for_unmapped,
    stand_in_entry,
)
from bugstack.repair.contract_items import refusal_in

__all__ = ["MissingKey"]


def _key_matches(node: ast.Subscript, key: object, values: dict[str, str]) -> bool:
    index = node.slice
    if isinstance(index, ast.Constant):
        return bool(index.value == key)
    text = ast.unparse(index)
    captured = values.get(text)
    if captured is None:
        return True  # a computed key we cannot check; verification will tell
    try:
        return bool(ast.literal_eval(captured) == key)
    except (ValueError, SyntaxError):
        return False


def _fixed_key(index: ast.expr, analysis: Analysis) -> bool:
    """The key is the same on every call: a literal, or a module constant bound once to
    one (``CART_KEY = "cart"``) that the function does not rebind."""
    if isinstance(index, ast.Constant):
        return True
    if not isinstance(index, ast.Name) or analysis.tree is None:
        return False
    bindings = [statement for statement in analysis.tree.body
                if isinstance(statement, ast.Assign | ast.AnnAssign)
                and index.id in {t.id for t in (statement.targets if isinstance(
                    statement, ast.Assign) else [statement.target]) if isinstance(t, ast.Name)}]
    rebound = analysis.function is not None and any(
        isinstance(n, ast.Name) and n.id == index.id and not isinstance(n.ctx, ast.Load)
        for n in ast.walk(analysis.function))
    return (len(bindings) == 1 and isinstance(bindings[0].value, ast.Constant)
            and not rebound)


def _documented(analysis: Analysis, key: str, constant: str | None = None,
                table: str | None = None) -> Evidence | None:
    """The default the code gives ``key``; ``constant`` is the module constant naming the
    key at the crash (``CART_KEY``), which a sibling's ``.get(CART_KEY, {})`` reads too;
    ``table`` is the module's lookup table read (``COUNTRY_REGION[country]``)."""
    assert analysis.crash is not None
    source = analysis.crash.source
    comments, elsewhere = _comments(analysis)
    docs = [ast.get_docstring(analysis.tree) if analysis.tree else None, comments]
    if analysis.function is not None:
        docs.insert(0, ast.get_docstring(analysis.function))
    for text in docs:
        found = documented_default(text, about=key)
        if found is not None:
            return found
    sibling = re.search(rf"\.get\(\s*{re.escape(repr(key))}\s*,\s*([^()]+?)\s*\)", source) or (
        re.search(rf"\.get\(\s*\"{re.escape(key)}\"\s*,\s*([^()]+?)\s*\)", source)
    )
    if sibling:
        return Evidence(sibling.group(1), f"elsewhere the module reads {key!r} with "
                        f"`.get({key!r}, {sibling.group(1)})`")
    for name, text in elsewhere:
        found = documented_default(text, about=key)
        if found is not None:  # another function's word: borrowed (borrowed_backing)
            return Evidence(found.source, f"elsewhere the module documents it, in `{name}`: "
                            f"{found.reason}")
    named = re.search(rf"\.get\(\s*{re.escape(constant)}\s*,\s*([^()]+?)\s*\)", source) \
        if constant else None
    if named:
        return Evidence(named.group(1), f"elsewhere the module reads {constant} with "
                        f"`.get({constant}, {named.group(1)})`")
    named_for_key = named_default(source, key)
    if named_for_key is not None or analysis.tree is None:
        return named_for_key
    if table is not None:
        refused = analysis.function is not None and refusal_in(
            ast.get_docstring(analysis.function) or "") is not None
        return default_for_unmapped(source, analysis.tree, table) or stand_in_entry(
            source, analysis.tree, table,
            ast.get_docstring(analysis.function) or "" if analysis.function else "") \
            or (None if refused else default_for_table(source, analysis.tree, table)
                or imported_table_default(analysis, table))
    if analysis.function is not None and refusal_in(ast.get_docstring(analysis.function) or ""):
        return None  # "an order without a user must raise": no constant stands in
    return constant_for_absent_key(source, analysis.tree, key)


def _comments(analysis: Analysis) -> tuple[str, list[tuple[str, str]]]:
    """The comments of the module outside other functions (the crashing function's own,
    the module's), and each other function's comments by its name. "A quote is a draft:
    its discount defaults to 0" inside ``quote_total`` is that function's word on a
    quote, not the invoice's own: it is borrowed, as a sibling's ``.get()`` is."""
    assert analysis.crash is not None
    lines = analysis.crash.source.splitlines()
    owner: dict[int, str] = {}
    crash_line = analysis.crash.lineno
    if analysis.tree is not None:
        for node in ast.walk(analysis.tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not (
                    node.lineno <= crash_line <= (node.end_lineno or node.lineno)):
                for lineno in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                    owner.setdefault(lineno, node.name)
    own: list[str] = []
    others: dict[str, list[str]] = {}
    for lineno, line in enumerate(lines, 1):
        if "#" in line:
            comment = line.split("#", 1)[1]
            if lineno in owner:
                others.setdefault(owner[lineno], []).append(comment)
            else:
                own.append(comment)
    return "\n".join(own), [(name, "\n".join(text)) for name, text in others.items()]


def _answered_otherwise(analysis: Analysis, key: str, value: str) -> str | None:
    """The crashing function's own sentence on ``key``'s absence that gives another answer
    than ``value`` ("a row without a quantity ... the import stops there"): a default
    read from any other sentence, comment or sibling is then about some other case."""
    function = analysis.function
    if function is None or analysis.crash is None:
        return None
    lines = analysis.crash.source.splitlines()[function.lineno - 1:function.end_lineno]
    comments = "\n".join(line.split("#", 1)[1] for line in lines if "#" in line)
    text = "\n\n".join(t for t in (ast.get_docstring(function), comments) if t)
    return other_answer(text, key, value)


_INNER_SCOPES = (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)


def _in_inner_scope(statement: ast.AST, node: ast.AST) -> bool:
    """Whether ``node`` sits in a lambda or comprehension inside ``statement``."""
    return any(isinstance(scope, _INNER_SCOPES)
               and any(inner is node for inner in ast.walk(scope))
               for scope in ast.walk(statement))


class MissingKey:
    name = "missing-key"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if not analysis.exc_type.endswith("KeyError") or crash is None or statement is None:
            return
        try:
            key = ast.literal_eval(analysis.message)
        except (ValueError, SyntaxError):
            return
        if not isinstance(key, str | int):
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)
                    and _key_matches(node, key, analysis.values)):
                continue
            mapping = ast.get_source_segment(crash.source, node.value) or ast.unparse(node.value)
            index = ast.get_source_segment(crash.source, node.slice) or ast.unparse(node.slice)
            constant = node.slice.id if isinstance(node.slice, ast.Name) and _fixed_key(
                node.slice, analysis) else None
            table = node.value.id if isinstance(node.value, ast.Name) else None
            documented = _documented(analysis, str(key), constant, table)
            if documented is not None:
                candidate = self._get(crash.path, crash.source, node, documented.source,
                                      f"`{mapping}` may lack {index}; it now falls back to "
                                      f"{documented.source}", 0.85, documented.reason)
                otherwise = _answered_otherwise(analysis, str(key), documented.source)
                if otherwise is not None:
                    candidate = candidate.unbacked(
                        f"(Against {documented.reason}, the function says of the missing "
                        f"case: \"{otherwise[:160]}\")")
                yield candidate
            rewrite = rewrite_only_when_sent(analysis, node, self.name)
            if rewrite is not None:
                yield rewrite
            # A sibling's 404 answers a record the caller named (`STOCK[sku]`); a constant
            # key is a field of a mapping at hand (a request body, a model dump): its
            # absence is no missing record (`changes["email"]` of a partial update).
            lookup = not _fixed_key(node.slice, analysis)
            for fallback in fallbacks(analysis, lookup=lookup):
                if (statement is analysis.function or statement is None
                        or _in_inner_scope(statement, node)):
                    # A guard before the statement cannot see a comprehension's or a
                    # lambda's own names (`prices[line.id] for line in lines`).
                    break
                new = insert_before_statement(crash.source, statement, [
                    f"if {index} not in {mapping}:", f"\t{fallback.statement}",
                ])
                contract, plausibility = fallback.contract, fallback.plausibility - 0.05
                if typed_only(contract) and not whole_answer(statement, node):
                    # `-> dict` types the whole answer; a message without its required
                    # "command" is malformed input, not an empty job (adversarial review).
                    contract, plausibility = None, 0.3
                yield Candidate(
                    strategy=self.name,
                    description=f"When {index} is not in `{mapping}`, the function now "
                                f"{fallback.description} instead of raising KeyError.",
                    edits={crash.path: new}, originals={crash.path: crash.source},
                    plausibility=plausibility, contract=contract,
                )
            yield from self._to_destination(analysis, node)
            yield self._get(crash.path, crash.source, node, None,
                            f"`{mapping}` may lack {index}; it now reads as None", 0.25, None)

    def _to_destination(self, analysis: Analysis, node: ast.Subscript) -> Iterator[Candidate]:
        """The value the read feeds falls back to what its destination declares."""
        crash = analysis.crash
        assert crash is not None
        if not isinstance(node.slice, ast.Constant):
            # `ORDERS[order_id]` looks a record up: what a field of it documents for its
            # own absence says nothing about an unknown record (the siblings' 404 does).
            return
        destination = destination_of(analysis, node)
        fallback = destination.fallback() if destination is not None else None
        if destination is None or fallback is None:
            return
        # Below a key documented for itself (0.85), above a sibling's 404 (0.75) when the
        # place's own comment documents its value; level with a returned default (0.7)
        # when only typed, or when the words are the function's docstring, which the
        # guard templates read already.
        plausibility = 0.8 if fallback.strong and destination.attached else 0.7
        contract: str | None = fallback.reason
        otherwise = _answered_otherwise(analysis, str(node.slice.value), fallback.source)
        mapping = ast.get_source_segment(crash.source, node.value) or ast.unparse(node.value)
        index = ast.get_source_segment(crash.source, node.slice) or ast.unparse(node.slice)
        description = (f"When `{mapping}` has no {index}, {destination.place} now gets "
                       f"{fallback.source} instead of the code raising KeyError.")
        if otherwise is not None:  # the function's own word on the missing key wins
            contract, plausibility = None, min(plausibility, GUESS)
            description += (f" (Against {fallback.reason}, the function says of the missing "
                            f"case: \"{otherwise[:160]}\")")
        if destination.root is node:
            default = None if fallback.source == "None" else fallback.source
            yield self._get(crash.path, crash.source, node, default, description.rstrip("."),
                            plausibility, contract)
            return
        if not (is_pure(node.value) and is_pure(node.slice)):
            return  # the test would evaluate the mapping a second time
        new = wrap_value(crash.source, destination, f"{index} in {mapping}",
                         fallback.source)
        yield Candidate(
            strategy=self.name, description=description, edits={crash.path: new},
            originals={crash.path: crash.source}, plausibility=plausibility,
            contract=contract,
        )

    def _get(self, path: str, source: str, node: ast.Subscript, default: str | None,
             description: str, plausibility: float, contract: str | None) -> Candidate:
        mapping = ast.get_source_segment(source, node.value) or ast.unparse(node.value)
        index = ast.get_source_segment(source, node.slice) or ast.unparse(node.slice)
        call = f"{mapping}.get({index}"
        call += f", {default})" if default is not None else ")"
        return Candidate(
            strategy=self.name, description=description + ".",
            edits={path: replace_node(source, node, call)}, originals={path: source},
            plausibility=plausibility, contract=contract,
        )
