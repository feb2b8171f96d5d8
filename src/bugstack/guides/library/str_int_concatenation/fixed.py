"""An order summary built by adding strings together."""


def summary(items: list[str]) -> str:
    count = len(items)  # number of order lines
    return "Items in order: " + str(count)


if __name__ == "__main__":
    print(summary(["book", "pen"]))
