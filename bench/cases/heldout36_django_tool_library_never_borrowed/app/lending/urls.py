from django.urls import path

from lending import views

urlpatterns = [
    path("tools/", views.tool_list, name="tool-list"),
    path("tools/<int:tool_id>/", views.tool_detail, name="tool-detail"),
    path("tools/<int:tool_id>/borrow/", views.borrow, name="tool-borrow"),
    path("tools/<int:tool_id>/return/", views.give_back, name="tool-return"),
]
