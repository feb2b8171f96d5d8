"""A shopping cart."""


class Cart:
    def __init__(self) -> None:
        self.prices: list[float] = []

    def add(self, price: float) -> None:
        self.prices.append(price)

    def total(self):
        return round(sum(self.prices), 2)  # rounded to cents


if __name__ == "__main__":
    cart = Cart()
    cart.add(9.99)
    print(cart.total())
