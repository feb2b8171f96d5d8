"""The average rating shown on a product page."""


def average_rating(ratings: list[int]) -> float:
    average = sum(ratings) / len(ratings)  # one decimal is enough for the page
    return round(average, 1)


if __name__ == "__main__":
    print(average_rating([]))
