from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from imap_tools import MailMessage

from infomigra.admin import ContentAdmin, personal_data_page
from infomigra.csv_export import csv_response

from . import models, services
from .forms import AttentionForm, PersonalDataForm
from .models import Attention


class OverdueFilter(admin.SimpleListFilter):
    title = _("plazo")
    parameter_name = "plazo"

    def lookups(self, request, model_admin):
        return [("overdue", _("Vencidos (más de un día hábil)"))]

    def queryset(self, request, queryset):
        return queryset.overdue() if self.value() == "overdue" else queryset


class ReplyInline(admin.StackedInline):
    model = models.Reply
    extra = 1
    fields = ("body", "sent_by", "created_at")
    readonly_fields = ("sent_by", "created_at")
    verbose_name = _("respuesta (se envía por correo al guardar)")

    def has_change_permission(self, request, obj=None):
        return False  # what was sent stays as it was sent

    def has_delete_permission(self, request, obj=None):
        return False


class EmailInline(admin.TabularInline):
    model = models.OutboundEmail
    fields = ("subject", "kind", "status", "attempts", "last_error", "created_at",
              "next_attempt_at", "sent_at")  # fmt: skip
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _mail_text(inbound):
    """What an inbound mail says, read from the mail as it came."""
    try:
        return services.mail_text(MailMessage.from_bytes(bytes(inbound.raw)))[:4000]
    except Exception:  # noqa: BLE001 — an unreadable mail shows nothing; its bytes are kept
        return ""


class InboundMailInline(admin.StackedInline):
    """The visitor's own mails in the thread (written to the public address)."""

    model = models.InboundMail
    fields = ("received_at", "sender", "subject", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("correos del visitante")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("texto"))
    def text(self, inbound):
        return _mail_text(inbound)


@admin.register(models.InboundMail)
class InboundMailAdmin(admin.ModelAdmin):
    """Every mail fetched from the public mailbox; those that could not be filed are flagged
    here, with the original to download."""

    list_display = ("received_at", "sender", "subject", "contact_message", "problem")
    list_filter = (("problem", admin.EmptyFieldListFilter),)
    search_fields = ("sender", "subject", "message_id")
    fields = ("received_at", "sender", "subject", "message_id", "contact_message", "problem",
              "text")  # fmt: skip
    readonly_fields = fields
    actions = ["download"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("texto"))
    def text(self, inbound):
        return _mail_text(inbound)

    @admin.action(description=_("Descargar el correo original (.eml)"), permissions=["view"])
    def download(self, request, queryset):
        inbound = queryset.first()
        response = HttpResponse(bytes(inbound.raw), content_type="message/rfc822")
        response["Content-Disposition"] = f'attachment; filename="correo-{inbound.pk}.eml"'
        return response


@admin.register(models.ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ("reference", "received", "urgent_flag", "name", "profile", "line", "status",
                    "assignee", "response_time", "email_state")  # fmt: skip
    list_filter = (OverdueFilter, "urgent", "status", "line", "profile", "country", "assignee")
    ordering = ("-urgent", "-created_at")  # possible fraud or trafficking first
    list_select_related = ("line", "assignee")
    search_fields = ("reference", "name", "email", "message")
    date_hierarchy = "created_at"
    readonly_fields = ("reference", "urgent", "name", "email", "country", "profile", "line",
                       "message", "attachment", "consent", "language", "created_at",
                       "first_response_at")  # fmt: skip
    fields = ("reference", "urgent", ("status", "assignee"), "created_at", "first_response_at",
              "name", "email", "country", "profile", "line", "language", "message", "attachment",
              "consent")  # fmt: skip
    inlines = [InboundMailInline, ReplyInline, EmailInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("emails")

    def has_add_permission(self, request):
        return False  # messages come from the public form

    @admin.display(description=_("recibido"), ordering="created_at")
    def received(self, obj):
        local = timezone.localtime(obj.created_at).strftime("%Y-%m-%d %H:%M")
        if obj.is_overdue:
            return format_html(
                '<strong style="color:#9b111e">⚠ {} — {}</strong>', local, _("vencido")
            )
        return local

    @admin.display(description=_("urgente"), ordering="urgent")
    def urgent_flag(self, obj):
        if obj.urgent:
            return format_html('<strong style="color:#9b111e">⚠ {}</strong>', _("urgente"))
        return ""

    @admin.display(description=_("tiempo de respuesta"))
    def response_time(self, obj):
        delta = obj.first_response_time
        if delta is None:
            return "—"
        hours = delta.total_seconds() / 3600
        return _("%(hours).1f h") % {"hours": hours}

    @admin.display(description=_("correo"))
    def email_state(self, obj):
        Status = models.OutboundEmail.Status
        states = {email.status for email in obj.emails.all()}
        if {Status.FAILED, Status.GAVE_UP} & states:
            return format_html('<strong style="color:#9b111e">{}</strong>', _("falló"))
        if states == {Status.SKIPPED}:  # only an acknowledgement held back by the daily limit
            return Status.SKIPPED.label
        states.discard(Status.SKIPPED)
        return _("enviado") if states == {Status.SENT} else _("pendiente") if states else "—"

    def save_formset(self, request, form, formset, change):
        if formset.model is not models.Reply:
            return super().save_formset(request, form, formset, change)
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for reply_form in formset.forms:
            body = reply_form.cleaned_data.get("body") if reply_form.has_changed() else None
            if body:
                reply = services.reply_send(message=form.instance, body=body, user=request.user)
                formset.new_objects.append(reply)
                messages.success(request, _("Respuesta guardada; se enviará por correo enseguida."))
        return None


@admin.register(models.Attention)
class AttentionAdmin(admin.ModelAdmin):
    list_display = AttentionForm.Meta.fields  # what the window records, as it records it
    list_filter = ("channel", "migrant_type", "age_band", "gender", "line", "topic", "date")
    list_select_related = ("line",)
    date_hierarchy = "date"
    readonly_fields = ("message", "registration", "recorded_by", "created_at")
    change_list_template = "admin/contact/attention_change_list.html"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.recorded_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        view = self.admin_site.admin_view(self.quick_entry_view)
        return [path("quick/", view, name="contact_attention_quick"), *super().get_urls()]

    def quick_entry_view(self, request):
        """For window staff: an attention in a few taps (today's date, the last channel kept),
        then the next one."""
        if not request.user.has_perm("contact.add_attention"):
            raise PermissionDenied
        channel = request.GET.get("canal", Attention.Channel.WINDOW_MTPE)
        data = request.POST if request.method == "POST" else None  # an empty POST is a POST
        form = AttentionForm(data, initial={"channel": channel})
        status = 200
        if request.method == "POST":
            if form.is_valid():
                services.attention_record(data=form.cleaned_data, user=request.user)
                messages.success(request, _("Atención registrada. Puedes registrar la siguiente."))
                url = reverse("admin:contact_attention_quick")
                return redirect(f"{url}?canal={form.cleaned_data['channel']}")
            status = 400
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Registrar una atención"),
            "today_count": Attention.objects.filter(
                recorded_by=request.user, date=timezone.localdate()
            ).count(),
        }
        return TemplateResponse(
            request, "admin/contact/attention_quick.html", context, status=status
        )


@admin.register(models.MigrantVoice)
class MigrantVoiceAdmin(admin.ModelAdmin):
    list_display = ("reference", "created_at", "alias", "country", "city", "short_text", "status")
    list_filter = ("status", "country", "language")
    search_fields = ("reference", "alias", "text")
    readonly_fields = (
        "reference", "created_at", "moderated_at", "moderated_by", "consent", "language",
    )  # fmt: skip
    actions = ["approve", "reject"]

    @admin.display(description=_("texto"))
    def short_text(self, obj):
        return obj.text[:120]

    @admin.action(description=_("Publicar los textos seleccionados"), permissions=["change"])
    def approve(self, request, queryset):
        self._moderate(request, queryset, approve=True)

    @admin.action(description=_("Rechazar los textos seleccionados"), permissions=["change"])
    def reject(self, request, queryset):
        self._moderate(request, queryset, approve=False)

    def _moderate(self, request, queryset, *, approve):
        count = services.voice_moderate(voices=queryset, approve=approve, user=request.user)
        if approve:
            done = ngettext("%(count)d texto publicado.", "%(count)d textos publicados.", count)
        else:
            done = ngettext("%(count)d texto rechazado.", "%(count)d textos rechazados.", count)
        self.message_user(request, done % {"count": count})


REGISTRATION_COLUMNS = [
    "reference", "created_at", "name", "email", "phone", "current_country", "planned_return",
    "occupation", "skills", "education", "region", "wants_job_placement", "wants_self_employment",
    "wants_training", "wants_certification", "language",
]  # fmt: skip


def _export_cell(registration, column):
    value = getattr(registration, column)
    return getattr(value, "code", value)  # a country as its code


@admin.register(models.ReturneeRegistration)
class ReturneeRegistrationAdmin(admin.ModelAdmin):
    list_display = (
        "reference",
        "created_at",
        "name",
        "current_country",
        "planned_return",
        "region",
        "education",
        "follow_up",
        "assignee",
    )
    list_filter = ("follow_up", "current_country", "region", "education", "wants_job_placement",
                   "wants_self_employment", "wants_training", "wants_certification")  # fmt: skip
    search_fields = ("reference", "name", "email", "occupation")
    date_hierarchy = "created_at"
    actions = ["export_csv"]
    # what the person sent stays as sent; staff record the follow-up
    FOLLOW_UP = ("follow_up", "assignee", "notes")

    def get_readonly_fields(self, request, obj=None):
        sent = [f.name for f in models.ReturneeRegistration._meta.fields if f.name != "id"]
        return [name for name in sent if name not in self.FOLLOW_UP]

    def get_fields(self, request, obj=None):
        sent = [f.name for f in models.ReturneeRegistration._meta.fields if f.name != "id"]
        return [*self.FOLLOW_UP, *(name for name in sent if name not in self.FOLLOW_UP)]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Exportar a CSV los registros seleccionados"), permissions=["view"])
    def export_csv(self, request, queryset):
        meta = models.ReturneeRegistration._meta
        rows = (
            [_export_cell(registration, column) for column in REGISTRATION_COLUMNS]
            for registration in queryset.order_by("created_at")
        )
        header = [meta.get_field(column).verbose_name for column in REGISTRATION_COLUMNS]
        return csv_response(rows, filename="registros-retorno.csv", header=header)


@admin.register(models.OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ("created_at", "subject", "kind", "status", "attempts", "last_error",
                    "next_attempt_at", "sent_at")  # fmt: skip
    list_filter = ("status", "kind")
    readonly_fields = ("to", "subject", "body", "kind", "status", "attempts", "last_error",
                       "created_at", "next_attempt_at", "sent_at", "contact_message",
                       "registration")  # fmt: skip
    actions = ["retry"]
    change_list_template = "admin/contact/outboundemail_change_list.html"

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Reintentar el envío ahora"), permissions=["view"])
    def retry(self, request, queryset):
        queued = services.emails_retry(emails=queryset)  # the worker sends them, not this request
        self.message_user(
            request,
            ngettext(
                "%(count)d correo puesto en la cola de envío.",
                "%(count)d correos puestos en la cola de envío.",
                queued,
            )
            % {"count": queued},
        )

    def get_urls(self):
        return [
            path(
                "personal-data/",
                self.admin_site.admin_view(self.personal_data_view),
                name="contact_personal_data",
            ),
            *super().get_urls(),
        ]

    def personal_data_view(self, request):
        """Export or erase everything held about one e-mail address (Ley 29733 requests)."""
        if not request.user.has_perm("contact.delete_contactmessage"):
            raise PermissionDenied
        return personal_data_page(
            request, self.admin_site, form_class=PersonalDataForm,
            export=services.personal_data_export, erase=services.personal_data_erase,
            template="admin/contact/personal_data.html",
            title=_("Datos personales de una persona"), filename="datos-personales.json",
        )  # fmt: skip


@admin.register(models.ServicePoint)
class ServicePointAdmin(ContentAdmin):
    list_display = ("name", "kind", "city", "region", "to_verify", "in_footer", "order", "status")
    list_editable = ("order",)
    list_filter = ("to_verify", "kind", "region")


@admin.register(models.Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    """Who asked to be told of a page's changes: Atención may see and remove a subscription;
    nobody adds one for someone else (double opt-in only)."""

    list_display = ("email", "content_type", "object_id", "language", "created_at", "confirmed_at")
    list_filter = ("content_type", "language", ("confirmed_at", admin.EmptyFieldListFilter))
    search_fields = ("email",)
    readonly_fields = ("email", "language", "content_type", "object_id", "created_at",
                       "confirmed_at")  # fmt: skip

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
