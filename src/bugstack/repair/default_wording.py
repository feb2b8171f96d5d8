"""How a sentence names a key and its default: the wording ``documented_default`` checks.

A sentence backs a key's default only when it is about that key, about its absent case,
and does not take the default back. The ninth adversarial review (2026-11-27) wrote three
sentences that matched the default patterns while saying something else:

* "``retries`` no longer defaults to 3": the default is negated (:func:`negated_before`);
* "The partner API's rate limit defaults to 100" names ``limit`` as a whole word, but as
  the head of another noun, "rate limit": it documents the API, not a customer's credit
  limit (:func:`names_the_key`);
* "A quantity of 0 empties the shelf if the warehouse confirms it": a value under a
  condition that is no absence, a confirmed count and not a missing one
  (:func:`absent_condition`).

Each reading errs towards declining: a default not read is a fix not backed, while a
default misread is a wrong fix reported as following the code's own words.
"""

from __future__ import annotations

import re

__all__ = ["ABSENCE", "absent_condition", "names_the_key", "negated_before"]

#: Words of an absent case: "when unset", "if nobody ordered", "for rows without one",
#: "if the form leaves it out".
ABSENCE = re.compile(
    r"\b(?:no|not|none|null|nothing|nobody|never|without|missing|absent|empty|blank|unset"
    r"|omit\w*|left\s+out|lea(?:ve|ves|ving)\s+(?:\w+\s+)?out|lack\w*|optional|unknown"
    r"|zero)\b|n't\b", re.I)

# A negation right before the default: "no longer defaults to", "does not default to",
# "doesn't default to", "is never 0 when". One adverb may stand between ("not always").
_NEGATION = re.compile(
    r"(?:\b(?:not|never)(?:\s+(?:always|yet|simply|automatically))?|\bno\s+longer|n't)\s+$",
    re.I)

# Words that may stand right before a key named in prose without making it part of
# another noun: articles, possessives, prepositions, conjunctions, and the words of an
# optional value. "the limit", "its limit", "with no limit", "optional limit".
_LEADS = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that",
    "these", "those", "each", "every", "any", "some", "no", "whose", "which", "of", "for",
    "with", "without", "per", "and", "or", "nor", "to", "by", "on", "in", "at", "from",
    "if", "when", "unless", "where", "is", "are", "was", "as", "than", "then", "also",
    "optional", "optionally", "missing", "absent", "unset", "default", "given", "same", "own",
})

# The conditional word whose clause says which case a value is for.
_CONDITION = re.compile(r"\b(?:when|if|for)\b", re.I)


def negated_before(sentence: str, start: int) -> bool:
    """Whether the words right before ``start`` negate what follows ("``retries`` no
    longer defaults to 3"): the sentence says the default is gone, not what it is."""
    return _NEGATION.search(sentence[:start]) is not None


def names_the_key(sentence: str, key: str) -> bool:
    """Whether ``sentence`` names ``key`` as itself: written as code or quoted, or as a
    word no other word modifies. "the limit", "its ``limit``", "a customer's limit" name
    it; in "the API's rate limit" and "rate-limit" the key is the head of another noun."""
    for match in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", sentence, re.I):
        before = sentence[:match.start()]
        if before.endswith("-"):
            continue  # "rate-limit"
        previous = re.search(r"([A-Za-z][\w'\u2019]*)\s+$", before)
        if previous is None:
            return True  # the sentence's start, code, a quote, or after punctuation
        word = previous.group(1).lower()
        if word in _LEADS or word.endswith(("'s", "\u2019s", "s'")):
            return True
    return False


def absent_condition(sentence: str, match: re.Match[str]) -> bool:
    """Whether the condition ``match`` (a value with "when" / "if" / "for") puts the value
    under is an absent case ("0 when unset", "None if there is no address"), not some
    other case ("0 ... if the warehouse confirms it")."""
    condition = _CONDITION.search(match.group(0))
    if condition is None:
        return True
    return ABSENCE.search(sentence, match.start() + condition.end()) is not None
