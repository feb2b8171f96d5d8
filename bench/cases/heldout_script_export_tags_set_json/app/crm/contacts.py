from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Contact:
    email: str
    name: str
    tags: set[str] = field(default_factory=set)
    unsubscribed: bool = False

    def tag(self, *names: str) -> None:
        self.tags.update(name.strip().lower() for name in names)


def load_contacts(rows: list[dict[str, str]]) -> list[Contact]:
    """Contacts from the CRM's CSV rows; ``tags`` is a ``;``-separated cell, maybe empty."""
    contacts = []
    for row in rows:
        contact = Contact(row["email"], row["name"], unsubscribed=row.get("unsubscribed") == "1")
        if row.get("tags"):
            contact.tag(*row["tags"].split(";"))
        contacts.append(contact)
    return contacts
