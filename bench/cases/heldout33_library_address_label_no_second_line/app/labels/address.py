"""Postal addresses as the web shop's checkout stores them, and how they are printed."""

from __future__ import annotations

from typing import NotRequired, TypedDict

#: Parcels to the shop's own country carry no country line.
HOME_COUNTRY = "GB"


class Address(TypedDict):
    """The checkout sends only the fields the customer filled in."""

    name: str
    company: NotRequired[str]
    line1: str
    line2: NotRequired[str]
    city: str
    postcode: str
    #: ISO 3166 code; missing for orders placed before the shop shipped abroad (all GB).
    country: NotRequired[str]


def one_line(address: Address) -> str:
    """The address on a single line, for the order list: optional parts left out."""
    parts = [address.get(key, "") for key in ("name", "company", "line1", "line2", "city", "postcode")]
    return ", ".join(part for part in parts if part.strip())


def label_lines(address: Address) -> list[str]:
    """The lines of a shipping label, top to bottom.

    A label never has blank lines: optional parts that are missing or empty are left
    out, as in one_line(). City and postcode share a line; the country line (its code,
    upper-case) is printed only for parcels going abroad.
    """
    lines = [
        address["name"],
        address["company"],
        address["line1"],
        address["line2"],
        f"{address['city']} {address['postcode'].upper()}",
    ]
    country = address.get("country", HOME_COUNTRY).upper()
    if country != HOME_COUNTRY:
        lines.append(country)
    return [line.strip() for line in lines if line.strip()]
