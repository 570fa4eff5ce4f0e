from django.urls import path

from . import views

app_name = "editorial_panduan"

urlpatterns = [
    path("", views.PanduanIndexView.as_view(), name="index"),
    path("<slug:slug>/", views.GuideView.as_view(), name="guide"),
]
