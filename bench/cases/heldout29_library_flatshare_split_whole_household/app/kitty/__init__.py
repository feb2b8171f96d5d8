from kitty.ledger import Expense, balances
from kitty.settle import transfers

__all__ = ["Expense", "balances", "transfers"]
