"""An account whose balance may never go below zero."""


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance

    @property
    def balance(self) -> int:
        return self.balance

    @balance.setter
    def balance(self, value: int) -> None:
        if value < 0:
            raise ValueError("balance cannot be negative")
        self.balance = value  # validated, now store it


if __name__ == "__main__":
    print(Account(10).balance)
