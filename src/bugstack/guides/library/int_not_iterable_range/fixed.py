"""Numbering the lines of an invoice."""


def numbered(lines: list[str]) -> list[str]:
    out = []
    for i in range(len(lines)):  # position of each line, from zero
        out.append(f"{i + 1}. {lines[i]}")
    return out


if __name__ == "__main__":
    print(numbered(["Book", "Pen"]))
