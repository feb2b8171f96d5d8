from __future__ import annotations

from datetime import date

from django.db import models


class Tool(models.Model):
    name = models.CharField(max_length=100)
    category = models.CharField(max_length=50)
    loan_days = models.PositiveIntegerField(default=7)

    def __str__(self) -> str:
        return self.name

    def latest_loan(self) -> Loan | None:
        """The tool's most recent loan, or None if it has never been lent."""
        return self.loans.order_by("-lent_on", "-id").first()

    @property
    def is_available(self) -> bool:
        """Whether a member can borrow the tool now: yes unless its latest loan is still
        out. A tool nobody has borrowed yet is on the shelf, so it is available."""
        return self.latest_loan().returned_on is not None

    @property
    def due_back(self) -> date | None:
        """When the tool is due back; None while it is on the shelf."""
        loan = self.latest_loan()
        if loan is None or loan.returned_on is not None:
            return None
        return loan.due_on


class Loan(models.Model):
    tool = models.ForeignKey(Tool, on_delete=models.CASCADE, related_name="loans")
    member = models.CharField(max_length=100)
    lent_on = models.DateField()
    due_on = models.DateField()
    returned_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.tool} to {self.member} on {self.lent_on}"
