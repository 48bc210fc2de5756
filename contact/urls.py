from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

from . import services, views
from .forms import ContactForm, MigrantVoiceForm, ReturneeForm, SubscribeForm
from .models import ContactMessage, MigrantVoice, ReturneeRegistration

app_name = "contact"


def form_page(form_class, submit, scope, done_url_name, portal_component, view=None):
    """A public form: its template is contact/<scope>_form.html and its rate limit <scope>."""
    return (view or views.PublicFormView).as_view(
        form_class=form_class,
        submit=submit,
        template_name=f"contact/{scope}_form.html",
        scope=scope,
        done_url_name=done_url_name,
        portal_component=portal_component,
    )


urlpatterns = [
    path(
        _("contacto/"),
        form_page(
            ContactForm, services.message_submit, "contact", "contact:message_sent", "contact"
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
                "Guárdalo para cualquier consulta sobre tu mensaje. En unos minutos te llegará una "
                "confirmación por correo electrónico, y te responderemos por ese medio, por lo "
                "general en un día hábil."
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
        form_page(
            ReturneeForm,
            services.registration_submit,
            "returnee",
            "contact:registration_done",
            "productive_return",
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
            message=_("Guárdalo: te lo pediremos si nos escribes o nos llamas por tu registro."),
            next_steps=[
                _(
                    "En unos minutos te llegará por correo electrónico una confirmación con tu "
                    "número de referencia. Si no la ves, revisa la carpeta de correo no deseado."
                ),
                _(
                    "El equipo de la Dirección de Migración Laboral revisará tu registro y se "
                    "pondrá en contacto contigo, por correo electrónico o por teléfono, para "
                    "orientarte sobre los temas que marcaste."
                ),
                _(
                    "Si cambian tu fecha de retorno o tus datos, escríbenos desde el formulario de "
                    "contacto indicando tu número de referencia."
                ),
            ],
            next_line=2,
        ),
        name="registration_done",
    ),
    path(
        _("la-voz-del-migrante/enviar/"),
        form_page(
            MigrantVoiceForm, services.voice_submit, "voice", "contact:voice_done", "migrant_voice"
        ),
        name="voice",
    ),
    path(
        _("la-voz-del-migrante/gracias/<str:reference>/"),
        views.SentView.as_view(
            model=MigrantVoice,
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
    path(_("atencion/registrar/"), views.attention_quick_entry_moved, name="attention_new"),
    path(
        _("avisos/suscribirme/"),
        form_page(
            SubscribeForm,
            services.subscription_request,
            "subscribe",
            "contact:subscription_sent",
            "contact",
            view=views.SubscribeView,
        ),
        name="subscribe",
    ),  # fmt: skip
    path(
        _("avisos/revisa-tu-correo/"),
        views.SentView.as_view(
            portal_component="contact",
            title=_("Revisa tu correo"),
            heading=_("Revisa tu correo"),
            message=_(
                "Te enviamos un correo: abre el enlace que trae para confirmar tu suscripción. "
                "Si no llega en unos minutos, revisa la carpeta de correo no deseado."
            ),
        ),
        name="subscription_sent",
    ),
    path(
        _("avisos/confirmar/<str:token>/"),
        views.SubscriptionTokenView.as_view(),
        name="subscription_confirm",
    ),
    path(
        _("avisos/baja/<str:token>/"),
        csrf_exempt(views.SubscriptionTokenView.as_view(action="cancel")),
        name="subscription_cancel",
    ),
]
