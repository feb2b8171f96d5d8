"""The duplicate finder groups contacts by e-mail domain."""

from crm.contact import Contact

Contact("Grace", " Grace@Navy.mil ").domain
