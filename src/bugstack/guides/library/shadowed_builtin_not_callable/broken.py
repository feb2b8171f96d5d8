"""A daily sales report."""


def report(totals: list[int]) -> str:
    max = 0
    for total in totals:
        if total > max:
            max = total  # best day so far
    best_day = totals.index(max) + 1
    return f"best day {best_day} with {max}, spread {max(totals) - min(totals)}"


if __name__ == "__main__":
    print(report([120, 340, 90]))
