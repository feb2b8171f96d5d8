"""Reading the page size of a listing endpoint from its query string."""


def page_size(query: dict[str, str]) -> int:
    try:
        size = int(query.get("per_page", 20))  # clients may send anything here
    except ValueError:
        size = 20
    return max(1, min(size, 100))


if __name__ == "__main__":
    print(page_size({"per_page": "all"}))
