from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import services, views
from .forms import ContactForm, MigrantVoiceForm, ReturneeForm
from .models import ContactMessage, ReturneeRegistration

app_name = "contact"

urlpatterns = [
    path(
        _("contacto/"),
        views.PublicFormView.as_view(
            form_class=ContactForm,
            submit=services.message_submit,
            template_name="contact/contact_form.html",
            scope="contact",
            done_url_name="contact:message_sent",
            portal_component="contact",
        ),
        name="contact",
    ),
    path(
        _("contacto/enviado/<str:reference>/"),
        views.SentView.as_view(
            model=ContactMessage,
            portal_component="contact",
            title=_("Mensaje recibido"),
            heading=_("Hemos recibido tu mensaje"),
            message=_(
                "Guárdalo para cualquier consulta sobre tu mensaje. Te enviamos una confirmación "
                "por correo electrónico y te responderemos por ese medio, por lo general en un "
                "día hábil."
            ),
        ),
        name="message_sent",
    ),
    path(_("contacto/privacidad/"), views.PrivacyView.as_view(), name="privacy"),
    path(
        _("contacto/puntos-de-atencion/"),
        views.ServicePointListView.as_view(),
        name="service_points",
    ),
    path(
        _("retorno-productivo/registro/"),
        views.PublicFormView.as_view(
            form_class=ReturneeForm,
            submit=services.registration_submit,
            template_name="contact/returnee_form.html",
            scope="returnee",
            done_url_name="contact:registration_done",
            portal_component="productive_return",
        ),
        name="returnee",
    ),
    path(
        _("retorno-productivo/registro/<str:reference>/"),
        views.SentView.as_view(
            model=ReturneeRegistration,
            portal_component="productive_return",
            title=_("Registro recibido"),
            heading=_("Tu registro fue recibido"),
            message=_(
                "Te enviamos una confirmación por correo electrónico. El equipo de la Dirección "
                "de Migración Laboral se pondrá en contacto contigo."
            ),
        ),
        name="registration_done",
    ),
    path(
        _("la-voz-del-migrante/enviar/"),
        views.PublicFormView.as_view(
            form_class=MigrantVoiceForm,
            submit=services.voice_submit,
            template_name="contact/voice_form.html",
            scope="voice",
            done_url_name="contact:voice_done",
            portal_component="migrant_voice",
        ),
        name="voice",
    ),
    path(
        _("la-voz-del-migrante/gracias/"),
        views.SentView.as_view(
            title=_("Gracias"),
            portal_component="migrant_voice",
            heading=_("Gracias por compartir tu voz"),
            message=_(
                "Revisaremos tu texto y, si cumple las normas de publicación, aparecerá en la "
                "línea «¿Trabajas en el extranjero?»."
            ),
        ),
        name="voice_done",
    ),
    path(_("atencion/registrar/"), views.AttentionQuickEntryView.as_view(), name="attention_new"),
]
