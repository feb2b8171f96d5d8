from django.urls import path

from catalog import views

urlpatterns = [
    path("products/<int:product_id>/", views.product_detail),
    path("recently-viewed/", views.recently_viewed),
]
