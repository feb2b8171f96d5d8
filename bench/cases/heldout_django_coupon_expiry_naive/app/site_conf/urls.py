from django.urls import path

from coupons import views

urlpatterns = [
    path("coupons/<slug:code>/", views.coupon_status),
    path("coupons/<slug:code>/redeem/", views.redeem),
]
