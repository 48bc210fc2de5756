from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "lines"

urlpatterns = [
    path(_("lineas/<slug:slug>/"), views.LineDetailView.as_view(), name="line_detail"),
    path(_("lineas/<slug:slug>/imprimir/"), views.LineTakeAlongView.as_view(), name="line_print"),
    path(
        _("lineas/<slug:slug>/pdf/"),
        views.LineTakeAlongView.as_view(output="pdf"),
        name="line_pdf",
    ),
    path(
        _("lineas/<slug:line_slug>/<slug:slug>/"),
        views.SectionDetailView.as_view(),
        name="section_detail",
    ),
    path(_("guias/"), views.GuideListView.as_view(), name="guide_list"),
    path(_("guias/<slug:slug>/"), views.GuideDetailView.as_view(), name="guide_detail"),
    path(_("guias/<slug:slug>/imprimir/"), views.GuideTakeAlongView.as_view(), name="guide_print"),
    path(
        _("guias/<slug:slug>/pdf/"),
        views.GuideTakeAlongView.as_view(output="pdf"),
        name="guide_pdf",
    ),
    path(_("instituciones/"), views.InstitutionListView.as_view(), name="institution_list"),
]
