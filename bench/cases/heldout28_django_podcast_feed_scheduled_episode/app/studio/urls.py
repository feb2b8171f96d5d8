from django.urls import path

from episodes import views

urlpatterns = [
    path("feed.xml", views.feed, name="feed"),
    path("episodes/<slug:slug>/", views.episode_page, name="episode"),
]
