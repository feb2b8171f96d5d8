from django.urls import path

from articles import views

urlpatterns = [
    path("api/articles/", views.article_list),
    path("api/articles/<int:pk>/", views.article_detail),
    path("api/tags/", views.tag_list),
    path("api/tags/<slug:slug>/", views.tag_detail),
]
