from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)
    slug = models.SlugField(unique=True)

    class Meta:
        app_label = "articles"


class Article(models.Model):
    title = models.CharField(max_length=200)
    published = models.DateField()
    tags = models.ManyToManyField(Tag, related_name="articles")

    class Meta:
        app_label = "articles"
