"""Prints a till receipt: ``python -m tills.receipt ITEM=PRICE ...``."""

import sys


def receipt_lines(items: dict[str, float], tip: float = 0.0) -> list[str]:
    lines = [f"{name:<12}{price:>8.2f}" for name, price in items.items()]
    subtotal = sum(items.values())
    lines.append(f"{'Subtotal':<12}{subtotal:>8.2f}")
    if tip:
        lines.append(f"{'Tip':<12}{tip:>8.2f}")
        total = subtotal + tip
        lines.append("Total       " + total)
    else:
        lines.append(f"{'Total':<12}{subtotal:>8.2f}")
    return lines


def main(argv: list[str]) -> int:
    items: dict[str, float] = {}
    tip = 0.0
    for arg in argv:
        name, _, price = arg.partition("=")
        if name == "tip":
            tip = float(price)
        else:
            items[name] = float(price)
    print("\n".join(receipt_lines(items, tip)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
