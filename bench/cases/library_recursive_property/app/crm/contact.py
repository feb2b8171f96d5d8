class Contact:
    """A CRM contact. Addresses are stored normalised (stripped, lower-case)."""

    def __init__(self, name: str, email: str, phone: str = "") -> None:
        self._name = name.strip()
        self._email = email.strip().lower()
        self._phone = phone.strip()

    def __repr__(self) -> str:
        return f"Contact({self._name!r}, {self._email!r}, {self._phone!r})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def phone(self) -> str:
        return self._phone

    @property
    def email(self) -> str:
        return self.email

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    def label(self) -> str:
        return f"{self.name} <{self.phone or 'no phone'}>"
