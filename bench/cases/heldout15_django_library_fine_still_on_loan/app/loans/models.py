from django.db import models


class Loan(models.Model):
    title = models.CharField(max_length=200)
    card = models.CharField(max_length=20, help_text="The member's library card number.")
    lent_at = models.DateTimeField()
    due_on = models.DateField()
    #: When the book came back over the desk; None while it is still on loan.
    returned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
