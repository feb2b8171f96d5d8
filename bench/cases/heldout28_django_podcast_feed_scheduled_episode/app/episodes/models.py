from django.db import models


class PublishedManager(models.Manager):
    """Episodes listeners may see: those with a publication time."""

    def get_queryset(self):
        return super().get_queryset().filter(published_at__isnull=False)


class Episode(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    audio_url = models.URLField()
    duration_seconds = models.PositiveIntegerField()
    #: Set when the producer presses "Publish". Until then (None) the episode is a draft
    #: or is waiting to be scheduled, and only staff see it, in the admin.
    published_at = models.DateTimeField(null=True, blank=True)

    objects = models.Manager()
    published = PublishedManager()

    def __str__(self) -> str:
        return self.title
