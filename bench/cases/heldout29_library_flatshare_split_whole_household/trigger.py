"""Month-end run of the house bot: rent and broadband are everybody's, the rest is itemised."""

from kitty import Expense
from kitty.settle import statement

members = ["amir", "bea", "cal"]
expenses = [
    Expense("May rent", 180000, "amir"),
    Expense("broadband", 3600, "bea"),
    Expense("takeaway", 3000, "bea", ("amir", "bea")),
]
print(statement(members, expenses))
