"""A small address book shared by the CRM and the mailing tools."""

from addressbook.contacts import Contact

__all__ = ["Contact"]
