"""Methods with correct signatures, static and class methods included."""


class Cart:
    def __init__(self) -> None:
        self.prices: list[float] = []

    def total(self) -> float:
        return sum(self.prices)

    @staticmethod
    def currency() -> str:
        return "EUR"

    @classmethod
    def empty(cls) -> "Cart":
        return cls()


def checkout(cart: Cart) -> str:
    return f"{cart.total()} {Cart.currency()} {Cart.empty().total()}"
