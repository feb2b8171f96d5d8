"""A daily sales report."""


def report(totals: list[int]) -> str:
    max_value = 0
    for total in totals:
        if total > max_value:
            max_value = total  # best day so far
    best_day = totals.index(max_value) + 1
    return f"best day {best_day} with {max_value}, spread {max(totals) - min(totals)}"


if __name__ == "__main__":
    print(report([120, 340, 90]))
