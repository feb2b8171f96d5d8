from django.db import models

#: Shown wherever a product has no photo of its own (the clients cannot render a
#: missing image, so they always get a URL).
PLACEHOLDER_PHOTO = "/static/catalog/no-photo.svg"


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    #: Optional: many products are listed before the studio has photographed them.
    photo = models.FileField(upload_to="products/", blank=True)

    class Meta:
        app_label = "catalog"
