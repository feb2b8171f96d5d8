"""The help-centre articles (loaded from the CMS export at start-up)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    body: str
    section: str


ARTICLES: list[Article] = [
    Article(
        "change-delivery-address",
        "Changing the delivery address",
        "You can change where a parcel goes until it leaves the warehouse. Open the order, "
        "choose Edit delivery and pick another saved address or add a new one. Once the "
        "parcel has shipped, contact the courier with the tracking number instead.",
        "orders",
    ),
    Article(
        "refunds",
        "Refunds for returned items",
        "Send the item back within 30 days using the prepaid label in your account. We pay "
        "the money back to the card you used once the warehouse has checked the parcel, "
        "which usually takes three to five working days.",
        "returns",
    ),
    Article(
        "gift-cards",
        "Gift cards",
        "Gift cards never expire. Enter the code at checkout; any balance left over stays on "
        "the card for your next order.",
        "payments",
    ),
    Article(
        "damaged-parcel",
        "My parcel arrived damaged",
        "Take a photo of the box and of the item and send them with your order number. We "
        "will ship a replacement or arrange a refund, whichever you prefer.",
        "returns",
    ),
    Article("opening-hours", "Opening hours of the support line", "Mon-Fri, 8am to 6pm.", "contact"),
]


def in_section(section: str | None) -> list[Article]:
    """Every article, or those of one section; in the CMS's order."""
    return [a for a in ARTICLES if section is None or a.section == section]
