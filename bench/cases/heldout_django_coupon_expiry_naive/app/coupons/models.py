from django.db import models


class Coupon(models.Model):
    code = models.SlugField(unique=True)
    percent_off = models.PositiveSmallIntegerField()
    #: Empty for coupons that never expire.
    expires_at = models.DateTimeField(null=True, blank=True)
    redemptions = models.PositiveIntegerField(default=0)

    class Meta:
        app_label = "coupons"
