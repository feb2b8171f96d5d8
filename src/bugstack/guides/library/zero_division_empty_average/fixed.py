"""The average rating shown on a product page."""


def average_rating(ratings: list[int]) -> float:
    average = sum(ratings) / len(ratings) if ratings else 0.0  # one decimal is enough for the page
    return round(average, 1)


if __name__ == "__main__":
    print(average_rating([]))
