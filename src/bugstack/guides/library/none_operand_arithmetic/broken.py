"""Counting the items of an order, where each line may omit its quantity."""


def item_count(lines: list[dict[str, int]]) -> int:
    count = 0
    for line in lines:
        count += line.get("quantity")  # the shop sends no quantity for single items
    return count


if __name__ == "__main__":
    print(item_count([{"sku": 1, "quantity": 2}, {"sku": 2}]))
