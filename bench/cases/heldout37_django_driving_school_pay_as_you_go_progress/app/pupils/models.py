from __future__ import annotations

from django.db import models

#: A pupil is asked to buy more lessons when their bundle is down to this many.
TOP_UP_AT = 2


class Pupil(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField(unique=True)
    lessons_bought = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Lessons in the pupil's prepaid bundle; empty for pay-as-you-go pupils.",
    )
    test_booked = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return self.name

    def lessons_taken(self) -> int:
        return self.lessons.filter(completed=True).count()

    def hours_driven(self) -> float:
        minutes = self.lessons.filter(completed=True).aggregate(total=models.Sum("minutes"))["total"]
        return (minutes or 0) / 60

    def lessons_left(self) -> int | None:
        """Lessons still to take from the prepaid bundle; None for a pay-as-you-go
        pupil, who has no bundle to run out of."""
        return self.lessons_bought - self.lessons_taken()

    def needs_top_up(self) -> bool:
        """A bundle down to its last TOP_UP_AT lessons; never for pay-as-you-go pupils."""
        left = self.lessons_left()
        return left is not None and left <= TOP_UP_AT


class Lesson(models.Model):
    pupil = models.ForeignKey(Pupil, related_name="lessons", on_delete=models.CASCADE)
    starts = models.DateTimeField()
    minutes = models.PositiveIntegerField(default=60)
    completed = models.BooleanField(default=False)

    class Meta:
        ordering = ["starts"]
