"""A value read raw where sibling code reads the same value through the project's accessor,
whose body answers the very case that crashed.

Three shapes:

* a lookup table read by key, ``DATE_PATTERNS[locale]``, raises KeyError for ``'de-CH'``
  while code beside it reads another table by the same key through a project function,
  ``lookup(MONTH_NAMES, locale)``, whose body tests the key against its table parameter
  (``if key in table``) or reads it with ``.get``: the read becomes
  ``lookup(DATE_PATTERNS, locale)``;
* a table read by key, ``warehouse.SHELVES[line.sku]``, where the table's own module
  defines its accessor, ``location_of(sku)`` returning ``SHELVES.get(sku, INBOUND_DOCK)``,
  and sibling code calls it: the read becomes ``warehouse.location_of(line.sku)``;
* an attribute that is None, ``notification.actor.full_name`` of a member who has not
  filled in a name, meets ``", ".join`` or an operator ("... NoneType ..."), while sibling
  code names a member with ``display_name(member)``, a project function of one required
  parameter annotated with the member's class whose body returns ``member.full_name or
  member.username``: every read of ``.full_name`` in the crashing function becomes
  ``display_name(<the object read>)``.

Nothing is proposed unless all of this holds:

* the accessor is a function of the crashing module's package (``package_functions``);
* code other than the accessor calls it on the same kind of value: for a table, the same
  key expression with another module table, in the crashing function or a sibling; for an
  attribute, any call in the package;
* for an attribute, the crash frame's captured values show an instance of the accessor's
  parameter class with that attribute None (``Member(..., full_name=None)``), and the
  crashing function does not test that attribute itself (it has made its own choice);
* the documentation says the accessor is the rule everywhere: for a table, a sentence of
  the accessor's docstring or of its module's about every table ("every table here is
  looked up the same way"); for an attribute, the accessor's docstring ("how a member is
  named to others, everywhere"), and the crashing module itself already calls it;
* exactly one accessor qualifies;
* neither the crashing function's docstring nor the comment on the table says anything of
  an absent value ("an unsigned tier has a credit line of 0", "no legal name"), nor
  refuses the case ("unknown locales are rejected").

**These candidates are never backed.** They are offered at the score of a guess, so that
one can hold only as ``unverified``: the person reading that report gets the suggestion,
and the engine never delivers it as a fix on its own. Two adversarial reviews of
2026-11-26 beat the rule when it was backed: 9 wrong fixes in 9 traps against the first
version, 6 in 6 against the second (which required the "every table" and "everywhere"
sentences above), each with an accessor whose fallback is right where it is used and
wrong at the crash: the British price for a market without a price list, a free
delivery, a username on an invoice, a display name stored back into the record, a
placeholder in a tracking link. Whether an accessor's answer is the project's rule at
this crash is written, when it is, in words a template does not read reliably.

What a candidate accessor's body answers is read by ``accessor_answers``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.accessor_answers import (
    class_of,
    fallback_attribute,
    guards_table,
    module_tables,
    table_read_by,
)
from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.package_functions import (
    PackageFunction,
    package_functions,
    required_parameter,
    sibling_calls,
    with_helper,
)
from bugstack.repair.contract_items import comments_above, refusal_in, sentences

__all__ = ["SiblingAccessor"]

#: "every table here", "each lookup table", "all the tables".
_EVERY_TABLE = re.compile(r"\b(?:every|each|all|any)\s+(?:(?:of\s+)?(?:the\s+)?\w+\s+){0,2}"
                          r"(?:tables?|lookups?)\b", re.I)
#: "everywhere", "wherever a member is named", "in every message".
_EVERYWHERE = re.compile(r"\b(?:everywhere|wherever|anywhere|in\s+every|always)\b", re.I)
#: What a docstring says of an absent value: then the function has its own answer.
_ABSENCE_WORDS = re.compile(r"\b(?:no|not|none|without|missing|unknown|unlisted|unset|empty"
                            r"|until|unless|before|yet|blank|absent)\b", re.I)


def _calls_in(function: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called == name:
                yield node


def _captured_none(values: dict[str, str], cls: str, attribute: str) -> bool:
    """Whether a captured repr shows ``Cls(..., attribute=None, ...)`` at that nesting."""
    text = "\n".join(values.values())
    for start in (m.end() for m in re.finditer(rf"\b{re.escape(cls)}\(", text)):
        depth = 0
        for offset in range(start, len(text)):
            char = text[offset]
            if char in "([{":
                depth += 1
            elif char in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and text.startswith(f"{attribute}=None", offset) and (
                    text[offset - 1] in "( ,"):
                return True
    return False


class SiblingAccessor:
    name = "sibling-accessor"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if crash is None or function is None or analysis.tree is None:
            return
        docstring = ast.get_docstring(function) or ""
        if refusal_in(docstring) or _ABSENCE_WORDS.search(docstring):
            return  # the function documents its own answer for the case
        if analysis.exc_type.endswith("KeyError") and analysis.statement is not None:
            yield from self._table_reads(analysis)
            yield from self._own_accessor_reads(analysis)
        elif "NoneType" in analysis.message:
            yield from self._attribute_reads(analysis)

    def _table_reads(self, analysis: Analysis) -> Iterator[Candidate]:
        crash, function, tree, statement = (analysis.crash, analysis.function, analysis.tree,
                                            analysis.statement)
        assert crash is not None and function is not None and tree is not None
        assert statement is not None
        tables = module_tables(tree)
        reads = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                 and isinstance(n.ctx, ast.Load) and isinstance(n.value, ast.Name)
                 and n.value.id in tables and not isinstance(n.slice, ast.Constant)]
        if len(reads) != 1:
            return
        read = reads[0]
        assert isinstance(read.value, ast.Name)
        table, key = read.value.id, ast.dump(read.slice)
        comment = comments_above(crash.source.splitlines(), tables[table])
        if refusal_in(comment) or _ABSENCE_WORDS.search(comment):
            return
        qualified: list[tuple[PackageFunction, str]] = []
        for helper in package_functions(analysis):
            if not guards_table(helper.node) or not _says_every_table(helper):
                continue
            calls = [*_calls_in(function, helper.node.name),
                     *(s.call for s in sibling_calls(analysis, helper)
                       if s.path == crash.path)]
            same_key = [c for c in calls if len(c.args) >= 2 and ast.dump(c.args[1]) == key
                        and isinstance(c.args[0], ast.Name) and c.args[0].id != table
                        and c.args[0].id in tables]
            if same_key:
                qualified.append((helper, _source(crash.source, same_key[0])))
        if len(qualified) != 1:
            return
        helper, example = qualified[0]
        index = _source(crash.source, read.slice)
        yield self._candidate(
            analysis, with_helper(analysis, helper,
                                  [(read, f"{helper.reference}({table}, {index})")]),
            f"`{table}` is now read through `{helper.reference}`, as the code beside it "
            f"reads the same key (`{example}`), so {index} missing from `{table}` is "
            f"answered the way `{helper.node.name}` answers it.",
            f"the code reads the same key of another table with `{example}`")

    def _own_accessor_reads(self, analysis: Analysis) -> Iterator[Candidate]:
        """``warehouse.SHELVES[line.sku]`` -> ``warehouse.location_of(line.sku)``, where
        ``location_of(sku)`` is the table's own accessor: defined beside the table, it
        reads ``SHELVES.get(sku, ...)`` (or tests ``sku in SHELVES``), and sibling code
        calls it."""
        crash, statement = analysis.crash, analysis.statement
        assert crash is not None and statement is not None
        reads = [n for n in ast.walk(statement) if isinstance(n, ast.Subscript)
                 and isinstance(n.ctx, ast.Load) and not isinstance(n.slice, ast.Constant)
                 and isinstance(n.value, ast.Name | ast.Attribute)]
        qualified: list[tuple[PackageFunction, ast.Subscript, str]] = []
        for helper in package_functions(analysis):
            parameter = required_parameter(helper.node)
            if parameter is None or helper.import_line:
                continue
            table = table_read_by(helper.node, parameter.arg)
            tables = module_tables(helper.module)
            if table is None or table not in tables:
                continue
            owner = helper.reference.rsplit(".", 1)[0] if "." in helper.reference else None
            wanted = f"{owner}.{table}" if owner else table
            matching = [r for r in reads if ast.unparse(r.value) == wanted]
            comment = comments_above(helper.source.splitlines(), tables[table])
            if len(matching) != 1 or refusal_in(comment) or _ABSENCE_WORDS.search(comment):
                continue
            siblings = list(sibling_calls(analysis, helper))
            if siblings:
                qualified.append((helper, matching[0],
                                  _source(siblings[0].source, siblings[0].call)))
        if len(qualified) != 1:
            return
        helper, read, example = qualified[0]
        index = _source(crash.source, read.slice)
        table = _source(crash.source, read.value)
        yield self._candidate(
            analysis, with_helper(analysis, helper, [(read, f"{helper.reference}({index})")]),
            f"`{table}` is now read through its own accessor `{helper.reference}`, as sibling "
            f"code does (`{example}`), so {index} missing from it is answered the way "
            f"`{helper.node.name}` answers it.",
            f"`{helper.node.name}` is the table's own accessor and sibling code calls it "
            f"(`{example}`)")

    def _attribute_reads(self, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        assert crash is not None and function is not None
        qualified: list[tuple[PackageFunction, str, str]] = []
        for helper in package_functions(analysis):
            attribute, cls = fallback_attribute(helper.node), class_of(helper.node)
            if attribute is None or cls is None:
                continue
            if not _captured_none(analysis.values, cls, attribute) or helper.import_line:
                continue
            if not _EVERYWHERE.search(ast.get_docstring(helper.node) or ""):
                continue
            siblings = [c for c in sibling_calls(analysis, helper) if c.path == crash.path]
            if siblings:
                qualified.append((helper, attribute,
                                  _source(siblings[0].source, siblings[0].call)))
        if len(qualified) != 1:
            return
        helper, attribute, example = qualified[0]
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Attribute)
                 and n.attr == attribute and isinstance(n.ctx, ast.Load)]
        if not reads or any(_tested(function, read) for read in reads):
            return
        replacements: list[tuple[ast.AST, str]] = [
            (read, f"{helper.reference}({_source(crash.source, read.value)})") for read in reads]
        yield self._candidate(
            analysis, with_helper(analysis, helper, replacements),
            f"`.{attribute}` may be None; the function now reads it through "
            f"`{helper.reference}`, as sibling code does (`{example}`), which answers the "
            f"None itself.", f"sibling code reads `.{attribute}` through `{example}`")

    def _candidate(self, analysis: Analysis, new: str, description: str,
                   contract: str) -> Candidate:
        crash = analysis.crash
        assert crash is not None
        # Offered, never backed: see the module docstring. ``contract`` says what the
        # suggestion rests on, for the person the unverified report goes to.
        return Candidate(strategy=self.name, description=f"{description} (Suggested only: "
                         f"{contract}, but an accessor's fallback is the project's rule only "
                         f"where the project says so.)",
                         edits={crash.path: new}, originals={crash.path: crash.source},
                         plausibility=GUESS)


def _says_every_table(helper: PackageFunction) -> bool:
    """Whether the helper's docstring, or its module's, makes it the way of every table."""
    texts = [ast.get_docstring(helper.node) or "", ast.get_docstring(helper.module) or ""]
    return any(_EVERY_TABLE.search(s) and not refusal_in(s)
               for text in texts for s in sentences(text))


def _source(source: str, node: ast.AST) -> str:
    return ast.get_source_segment(source, node) or ast.unparse(node)


def _tested(function: ast.AST, read: ast.Attribute) -> bool:
    """Whether the function tests this attribute itself (``x.a is None``, ``x.a or``,
    ``if x.a``): then it has chosen its own answer for None."""
    text = ast.dump(read)
    for node in ast.walk(function):
        tests: list[ast.expr] = []
        if isinstance(node, ast.Compare):
            tests = [node.left, *node.comparators]
        elif isinstance(node, ast.BoolOp):
            tests = list(node.values)
        elif isinstance(node, ast.If | ast.IfExp | ast.While):
            tests = [node.test]
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            tests = [node.operand]
        if any(ast.dump(t) == text for t in tests):
            return True
    return False
