"""Looking a customer up by e-mail in the result of a search."""


def find_customer(customers: list[dict[str, str]], email: str) -> dict[str, str] | None:
    matches = [c for c in customers if c["email"] == email.lower()]
    return matches[0]  # e-mails are unique, so at most one match


if __name__ == "__main__":
    print(find_customer([{"email": "ada@example.com"}], "grace@example.com"))
