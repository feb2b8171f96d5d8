from django.db import models


class Question(models.Model):
    text = models.CharField(max_length=200)
    opens = models.DateTimeField()

    def total_votes(self) -> int:
        return sum(choice.votes for choice in self.choices.all())


class Choice(models.Model):
    question = models.ForeignKey(Question, related_name="choices", on_delete=models.CASCADE)
    text = models.CharField(max_length=200)
    votes = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["id"]
