from django.urls import path

from tiers import views

urlpatterns = [
    path("events/<slug:slug>/tiers", views.tier_list, name="tier-list"),
    path("events/<slug:slug>/tiers/<int:tier_id>/buy", views.buy, name="tier-buy"),
]
