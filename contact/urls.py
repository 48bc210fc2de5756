from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "contact"

urlpatterns = [
    path(_("contacto/"), views.ContactView.as_view(), name="contact"),
    path(_("contacto/enviado/<str:reference>/"), views.message_sent, name="message_sent"),
    path(_("contacto/privacidad/"), views.PrivacyView.as_view(), name="privacy"),
    path(
        _("contacto/puntos-de-atencion/"),
        views.ServicePointListView.as_view(),
        name="service_points",
    ),
    path(_("retorno-productivo/registro/"), views.ReturneeView.as_view(), name="returnee"),
    path(
        _("retorno-productivo/registro/<str:reference>/"),
        views.registration_done,
        name="registration_done",
    ),
    path(_("la-voz-del-migrante/enviar/"), views.MigrantVoiceView.as_view(), name="voice"),
    path(_("la-voz-del-migrante/gracias/"), views.VoiceDoneView.as_view(), name="voice_done"),
    path(_("atencion/registrar/"), views.AttentionQuickEntryView.as_view(), name="attention_new"),
]
