"""The issue tracker's search language, shared by the search box and saved searches.

    status:open label:bug assignee:me "reset link" login
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field

#: The fields a ``field:value`` term can filter on.
FIELDS = ("status", "label", "assignee", "milestone")


@dataclass
class Query:
    #: field -> accepted values (lower-cased); an issue matches if it has any of them.
    filters: dict[str, list[str]] = field(default_factory=dict)
    #: Free-text words and quoted phrases, lower-cased; every one must appear in the
    #: title or the body.
    words: list[str] = field(default_factory=list)


def parse(text: str) -> Query:
    """Parse what was typed into the search box (or stored as a saved search).

    ``field:value`` terms, for a field in FIELDS, filter on that field; the same field given
    twice accepts either value (``label:bug label:crash``). Every other term is free text:
    each word, or "quoted phrase", must appear in the issue's title or body, ignoring case.
    """
    query = Query()
    for term in shlex.split(text):
        name, value = term.split(":", 1)
        query.filters.setdefault(name.lower(), []).append(value.lower())
    return query


def unparse(query: Query) -> str:
    """The text a saved search stores for ``query``; ``parse(unparse(q)) == q``."""
    terms = [f"{name}:{shlex.quote(value)}" for name, values in query.filters.items() for value in values]
    terms += [shlex.quote(word) for word in query.words]
    return " ".join(terms)
