from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "tools"


def result_paths(view, prefix, name, *, calendar=True):
    """A result on screen, to print, as a PDF and (for a dated plan) as a calendar file."""
    paths = [
        path(prefix, view.as_view(), name=name),
        path(format_lazy("{}{}", prefix, _("imprimir/")), view.as_view(output="print"),
             name=f"{name}_print"),
        path(format_lazy("{}pdf/", prefix), view.as_view(output="pdf"), name=f"{name}_pdf"),
    ]  # fmt: skip
    if calendar:
        paths.append(path(format_lazy("{}{}", prefix, _("calendario/")),
                          view.as_view(output="ics"), name=f"{name}_ics"))  # fmt: skip
    return paths


urlpatterns = [
    path(_("herramientas/"), views.ToolsIndexView.as_view(), name="index"),
    path(_("herramientas/que-necesito/"), views.QuestionView.as_view(), {"number": 1},
         name="start"),
    path(_("herramientas/que-necesito/<int:number>/"), views.QuestionView.as_view(),
         name="question"),
    *result_paths(views.ChecklistView, _("herramientas/que-necesito/mi-lista/"), "checklist"),
    path(_("herramientas/es-real-esta-oferta/"), views.OfferCheckView.as_view(), name="offer"),
    *result_paths(views.OfferResultView, _("herramientas/es-real-esta-oferta/resultado/"),
                  "offer_result", calendar=False),
    path(_("herramientas/plan-de-retorno/"), views.ReturnStartView.as_view(), name="return"),
    *result_paths(views.ReturnPlanView, _("herramientas/plan-de-retorno/mi-plan/"), "return_plan"),
]  # fmt: skip
