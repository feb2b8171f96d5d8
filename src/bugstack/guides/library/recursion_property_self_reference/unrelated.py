"""Properties that already keep their value in a separate attribute."""


class Account:
    def __init__(self, balance: int) -> None:
        self._balance = balance

    @property
    def balance(self) -> int:
        return self._balance

    @property
    def overdrawn(self) -> bool:
        return self.balance < 0

    def deposit(self, amount: int) -> None:
        self._balance += amount
