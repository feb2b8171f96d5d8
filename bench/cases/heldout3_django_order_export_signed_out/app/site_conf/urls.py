from django.urls import path

from shop import views

urlpatterns = [
    path("account/", views.account),
    path("account/orders/", views.order_list),
    path("account/orders.csv", views.order_export),
]
