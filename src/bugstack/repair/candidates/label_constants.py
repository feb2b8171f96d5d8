"""Which text constant of a module is documented as the label of an unlisted key.

Read for :mod:`unlisted_labels`: ``UNLISTED = "{code} (unlisted)"`` under the comment "How
a code missing from the checklist appears in the summary" is such a label, named by a
sentence about an absent key that shares a word with the lookup's parameter (``code``).
Any sentence giving such a key another rule (dropped, skipped, refused, logged, "only",
None) or naming another module constant the code never reads (``LUMPED``) leaves no label
to choose.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.contract_items import comments_above, sentences

__all__ = ["documented_label", "unread_constant_named"]

_ABSENT = re.compile(r"\b(?:missing|unlisted|unknown|not\s+(?:on|in|listed|found)|absent"
                     r"|isn't\s+(?:on|in)|aren't\s+(?:on|in))\b", re.I)
# A rule other than a label for the case: refused, raised on, dropped or skipped (a
# negated "not dropped" is no such rule, and is read without its negation first).
_OTHER_RULE = re.compile(r"\b(?:refus\w*|reject\w*|rais\w*|invalid|drop\w*|skip\w*"
                         r"|ignor\w*|discard\w*|omit\w*|left\s+out|stops?|stopped|halts?"
                         r"|only|never|must|None|null|logged|logs?|warn\w*|messages?|alerts?"
                         r"|printed|turned\s+away)\b", re.I)
_NEGATED_RULE = re.compile(r"\b(?:not|never)\s+(?:be\s+)?(?:dropped|skipped|ignored|"
                           r"discarded|omitted|left\s+out)\b", re.I)
_CONSTANT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


def _text_constants(tree: ast.Module) -> dict[str, tuple[str, int]]:
    found: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        value = getattr(node, "value", None)
        if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
            continue
        for target in targets:
            if isinstance(target, ast.Name) and _CONSTANT_NAME.match(target.id):
                found[target.id] = (value.value, node.lineno)
    return found


def _word_forms(name: str) -> set[str]:
    words = {w.lower() for w in re.split(r"_+", name) if len(w) >= 3}
    return words | {w + "s" for w in words}


def _lower_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def documented_label(source: str, tree: ast.Module, function: ast.AST,
                         params: list[str]) -> tuple[str, str, str] | None:
    """The one text constant documented as the label of a key that is absent, in a
    sentence sharing a word with the lookup's parameters; None when none or several are,
    or the documentation gives such a key another rule."""
    lines = source.splitlines()
    docstrings = [ast.get_docstring(tree) or "", ast.get_docstring(function) or ""
                  if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) else ""]
    linked = set().union(*(_word_forms(p) for p in params)) if params else set()
    # Whatever the docstrings say of an absent key, naming a constant or not, is a rule
    # the label must not contradict ("codes missing from the checklist are skipped").
    absent = [s for doc in docstrings for s in sentences(doc)
              if _ABSENT.search(s) and linked & _lower_words(s)]
    chosen: list[tuple[str, str, str]] = []
    for name, (value, lineno) in _text_constants(tree).items():
        texts = sentences(comments_above(lines, lineno).replace("\n", " "))
        texts += [s for doc in docstrings for s in sentences(doc)
                  if re.search(rf"\b{re.escape(name)}\b", s)]
        about = [s for s in texts if _ABSENT.search(s) and linked & _lower_words(s)]
        if not about:
            continue
        if any(_OTHER_RULE.search(_NEGATED_RULE.sub(" ", s)) for s in [*texts, *absent]):
            return None
        chosen.append((name, value, about[0]))
    return chosen[0] if len(chosen) == 1 else None


def unread_constant_named(tree: ast.Module, function: ast.AST, chosen: str) -> bool:
    """The module's or the function's docstring names another module-level constant the
    code never reads (``LUMPED``): the case has a rule the label would skip past."""
    docs = " ".join([ast.get_docstring(tree) or "", ast.get_docstring(function) or ""
                     if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) else ""])
    defined = {t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
               for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
               if isinstance(t, ast.Name)}
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)}
    named = set(re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b", docs))
    return bool((named & defined) - read - {chosen})
