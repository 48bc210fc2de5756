from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "sivitma"

urlpatterns = [
    path(_("sivitma/registro/"), views.RegisterView.as_view(), name="register"),
    path(_("sivitma/enlace/"), views.LinkRequestView.as_view(), name="link_request"),
    path(_("sivitma/verificar/<str:code>/"), views.VerifyView.as_view(), name="verify"),
    path(_("sivitma/privado/<str:token>/"), views.ManageView.as_view(), name="manage"),
    path(_("sivitma/privado/<str:token>/corregir/"), views.CorrectView.as_view(), name="correct"),
    path(_("sivitma/privado/<str:token>/renovar/"), views.RenewView.as_view(), name="renew"),
    path(_("sivitma/privado/<str:token>/terminar/"), views.EndView.as_view(), name="end"),
    path(
        _("sivitma/privado/<str:token>/constancia/"),
        views.CertificateView.as_view(),
        name="certificate",
    ),
    path(
        _("sivitma/privado/<str:token>/constancia.pdf"),
        views.CertificateView.as_view(output="pdf"),
        name="certificate_pdf",
    ),
    path(
        _("sivitma/privado/<str:token>/contrato.pdf"),
        views.ContractFileView.as_view(),
        name="contract_file",
    ),
]
