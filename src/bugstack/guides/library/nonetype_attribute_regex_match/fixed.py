"""Reading the order number out of a payment reference."""

import re


def order_number(reference: str) -> str | None:
    # References look like "ORD-12345/2024"; anything else has no order number.
    found = re.match(r"ORD-(\d+)/", reference)
    if found is None:
        return None
    return found.group(1)


if __name__ == "__main__":
    print(order_number("REFUND 88"))
