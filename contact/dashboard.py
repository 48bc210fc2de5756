"""Admin dashboard panel for the Atención staff: what is waiting for them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage, InboundMail, MigrantVoice, OutboundEmail, ReturneeRegistration


def panels(request):
    user = request.user
    if not user.has_perm("contact.view_contactmessage"):
        return []
    messages_url = reverse("admin:contact_contactmessage_changelist")
    emails_url = reverse("admin:contact_outboundemail_changelist")
    voices_url = reverse("admin:contact_migrantvoice_changelist")
    returnees_url = reverse("admin:contact_returneeregistration_changelist")
    to_contact = ReturneeRegistration.FollowUp.NEW
    new, pending = ContactMessage.Status.NEW, MigrantVoice.Status.PENDING
    failed = [OutboundEmail.Status.FAILED, OutboundEmail.Status.GAVE_UP]
    rows = [
        (_("Mensajes nuevos"), ContactMessage.objects.filter(status=new).count(),
         f"{messages_url}?status__exact={new}"),
        (_("Posibles casos de estafa o trata sin cerrar (urgentes)"),
         ContactMessage.objects.open().filter(urgent=True).count(),
         f"{messages_url}?urgent__exact=1"),
        (_("Mensajes vencidos (más de un día hábil)"), ContactMessage.objects.overdue().count(),
         f"{messages_url}?plazo=overdue"),
        (_("Correos que fallaron"), OutboundEmail.objects.filter(status__in=failed).count(),
         f"{emails_url}?status__exact={OutboundEmail.Status.FAILED}"),
        (_("Voces del migrante por moderar"), MigrantVoice.objects.filter(status=pending).count(),
         f"{voices_url}?status__exact={pending}"),
        (_("Correos recibidos que no se pudieron archivar"),
         InboundMail.objects.exclude(problem="").count(),
         reverse("admin:contact_inboundmail_changelist") + "?problem__isempty=0"),
        (_("Retornantes registrados por contactar"),
         ReturneeRegistration.objects.filter(follow_up=to_contact).count(),
         f"{returnees_url}?follow_up__exact={to_contact}"),
    ]  # fmt: skip
    return [
        {
            "title": _("Atención al público"),
            "template": "admin/contact/panel_attention.html",
            "rows": [{"label": label, "count": count, "url": url} for label, count, url in rows],
            "quick_url": reverse("admin:contact_attention_quick")
            if user.has_perm("contact.add_attention")
            else None,
        }
    ]
