from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "stats"

urlpatterns = [
    path(_("estadisticas/"), views.ReportView.as_view(), name="report"),
]
