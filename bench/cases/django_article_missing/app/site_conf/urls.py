from django.urls import path

from blog import views

urlpatterns = [
    path("articles/<slug:slug>/", views.article_detail),
    path("articles/<slug:slug>/stats/", views.article_stats),
]
