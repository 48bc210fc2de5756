"""What every content admin shares: publication and scheduling, review dates, translation status,
history with diffs and restore (django-reversion), and the language tabs (modeltranslation)."""

import datetime
import difflib
import html

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import services
from .models import (
    ChangeNote,
    OutsideLink,
    PageFeedback,
    SearchMiss,
    SearchSynonym,
    Status,
    TranslationStatus,
)

EDITORIAL_FIELDS = (
    "last_reviewed",
    "review_interval_months",
    "review_due_on",
    "translation_status",
)
PUBLISHING_FIELDS = ("status", "publish_at", "order")


def personal_data_page(request, admin_site, *, form_class, export, erase, template, title,
                       filename):  # fmt: skip
    """A Ley 29733 request in the admin: `form_class` names one person; the page downloads as
    JSON what `export(**person)` gives, or, once confirmed, runs `erase(**person)` and says how
    many records went. Each app passes its own services (contact by e-mail, SIVITMA by worker)."""
    form = form_class(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        person = form.cleaned_data
        if "export" in request.POST:
            response = HttpResponse(
                export(**person), content_type="application/json; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        if "erase" in request.POST and request.POST.get("confirm") == "yes":
            erased = erase(**person)
            messages.success(
                request,
                ngettext("%(count)d registro borrado.", "%(count)d registros borrados.", erased)
                % {"count": erased},
            )
            form = form_class()  # ready for the next request
        else:
            form.add_error(None, _("Para borrar, marca la casilla de confirmación."))
    context = {**admin_site.each_context(request), "form": form, "title": title}
    return TemplateResponse(request, template, context)


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("revisión")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("due", _("Vencida o sin fecha")),
            ("soon", _("Vence en 30 días")),
            ("ok", _("Al día")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "due":
            return queryset.review_due(today)
        if self.value() == "soon":
            return queryset.filter(
                review_due_on__gt=today, review_due_on__lte=today + datetime.timedelta(days=30)
            )
        if self.value() == "ok":
            return queryset.filter(review_due_on__gt=today)
        return queryset


class TranslationFilter(admin.SimpleListFilter):
    """For content made of parts edited on their own (a guide's chapters, a line's sections):
    the worst translation state of the item and its parts."""

    title = _("traducción (con sus partes)")
    parameter_name = "traduccion"

    def lookups(self, request, model_admin):
        return [(TranslationStatus.MISSING, TranslationStatus.MISSING.label),
                (TranslationStatus.OUTDATED, TranslationStatus.OUTDATED.label)]  # fmt: skip

    def queryset(self, request, queryset):
        if self.value() in (TranslationStatus.MISSING, TranslationStatus.OUTDATED):
            return queryset.translation_is(self.value())
        return queryset


CHANGE_NOTE_FIELDS = ("significant_change", "change_note_es", "change_note_en")


class ChangeNoteForm(forms.ModelForm):
    """The editor says whether a change matters to readers; if it does, a short note in both
    languages goes on the public page, its history and its subscribers' e-mail."""

    significant_change = forms.BooleanField(
        label=_("Cambio importante para los lectores"),
        required=False,
        help_text=_(
            "Márcalo si cambia lo que alguien debe hacer (un requisito, un plazo, un costo). "
            "La página mostrará la nota como «Última actualización» y se avisará a quienes "
            "se suscribieron. No lo marques para correcciones de estilo."
        ),
    )
    change_note_es = forms.CharField(label=_("Nota del cambio (español)"), max_length=300,
                                     required=False)  # fmt: skip
    change_note_en = forms.CharField(label=_("Nota del cambio (inglés)"), max_length=300,
                                     required=False)  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("significant_change") and not (cleaned.get("change_note_es") or "").strip():
            self.add_error("change_note_es", _("Escribe la nota del cambio para los lectores."))
        return cleaned


class EditorialAdminMixin:
    """Review dates and translation status: columns, filters, actions and a fieldset."""

    form = ChangeNoteForm

    editorial_actions = ["mark_reviewed", "mark_translation_current"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        for name in self.editorial_actions:
            if name not in actions and self.has_change_permission(request):
                actions[name] = self.get_action(name)
        return actions

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        columns = [
            *columns,
            *(c for c in ("translation_status", "review_due_on") if c not in columns),
        ]
        if self.model.translation_parts:  # the worst of the item and its parts
            columns[columns.index("translation_status")] = "translation_state"
        return columns

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        translation = TranslationFilter if self.model.translation_parts else "translation_status"
        return [*filters, translation, ReviewDueFilter]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.with_worst_translation() if self.model.translation_parts else queryset

    @admin.display(description=_("traducción"), ordering="translation_status")
    def translation_state(self, obj):
        worst = obj.worst_translation_status
        if worst != obj.translation_status:
            parts = self.model._meta.get_field(self.model.translation_parts[0]).related_model
            return _("%(state)s (en %(parts)s)") % {
                "state": worst.label,
                "parts": parts._meta.verbose_name_plural,
            }
        return worst.label

    def get_readonly_fields(self, request, obj=None):
        readonly = tuple(super().get_readonly_fields(request, obj))
        return (*readonly, "review_due_on", "translation_status")

    def get_fieldsets(self, request, obj=None):
        """The content first, then one fieldset for publication and review."""
        fieldsets = super().get_fieldsets(request, obj)
        own = self.publishing_fields() + EDITORIAL_FIELDS
        content = [
            field
            for _name, options in fieldsets
            for field in options["fields"]
            if (field if isinstance(field, str) else None) not in own
        ]
        return [
            (None, {"fields": [f for f in content if f not in CHANGE_NOTE_FIELDS]}),
            (
                _("Publicación, revisión y traducción"),
                {"fields": self.publishing_fields() + EDITORIAL_FIELDS},
            ),
            (_("Aviso a los lectores"), {"fields": CHANGE_NOTE_FIELDS}),
        ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if form.cleaned_data.get("significant_change"):
            services.change_note_publish(
                item=obj, user=request.user, base_url=request.build_absolute_uri("/"),
                note_es=form.cleaned_data["change_note_es"],
                note_en=form.cleaned_data.get("change_note_en", ""),
            )  # fmt: skip

    def publishing_fields(self):
        return ()

    @admin.action(description=_("Marcar como revisado hoy"), permissions=["change"])
    def mark_reviewed(self, request, queryset):
        count = services.content_mark_reviewed(items=queryset, user=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d elemento marcado como revisado.",
                "%(count)d elementos marcados como revisados.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Marcar la traducción como al día"), permissions=["change"])
    def mark_translation_current(self, request, queryset):
        count, missing = services.translation_mark_current(items=queryset, user=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d traducción marcada como al día.",
                "%(count)d traducciones marcadas como al día.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
        if missing:
            self.message_user(
                request,
                ngettext(
                    "%(count)d elemento sigue sin texto en inglés: tradúcelo primero.",
                    "%(count)d elementos siguen sin texto en inglés: tradúcelos primero.",
                    missing,
                )
                % {"count": missing},
                messages.WARNING,
            )


class PublishableAdminMixin(EditorialAdminMixin):
    """Status and schedule: filter, column, and publish/unpublish actions."""

    editorial_actions = ["publish", "unpublish", *EditorialAdminMixin.editorial_actions]

    def publishing_fields(self):
        return PUBLISHING_FIELDS

    def get_list_filter(self, request):
        filters = [f for f in super().get_list_filter(request) if f != "status"]
        return ["status", *filters]

    def get_list_display(self, request):
        columns = list(super().get_list_display(request))
        if "status" in columns:
            columns[columns.index("status")] = "publication"
        else:
            columns.append("publication")
        return columns

    @admin.display(description=_("publicación"), ordering="status")
    def publication(self, obj):
        if obj.status != Status.PUBLISHED:
            return Status.DRAFT.label
        if obj.publish_at and obj.publish_at > timezone.now():
            local = timezone.localtime(obj.publish_at)
            return _("Programado: %(when)s") % {"when": local.strftime("%Y-%m-%d %H:%M")}
        return Status.PUBLISHED.label

    @admin.action(description=_("Publicar los elementos seleccionados"), permissions=["change"])
    def publish(self, request, queryset):
        self._report(
            request,
            services.content_set_status(items=queryset, status=Status.PUBLISHED, user=request.user),
        )

    @admin.action(
        description=_("Pasar a borrador los elementos seleccionados"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        self._report(
            request,
            services.content_set_status(items=queryset, status=Status.DRAFT, user=request.user),
        )

    def _report(self, request, count):
        self.message_user(
            request,
            ngettext("%(count)d elemento actualizado.", "%(count)d elementos actualizados.", count)
            % {"count": count},
            messages.SUCCESS,
        )


class HistoryAdminMixin(VersionAdmin):
    """Every change kept with who and when (django-reversion stores each model's concrete fields,
    so both language columns); the history page links each version to its diff and restore."""

    object_history_template = "admin/infomigra/object_history.html"

    def get_urls(self):
        opts = self.model._meta
        extra = [
            path(
                "<path:object_id>/history/<int:version_id>/diff/",
                self.admin_site.admin_view(self.version_diff_view),
                name=f"{opts.app_label}_{opts.model_name}_version_diff",
            )
        ]
        return extra + super().get_urls()

    def version_diff_view(self, request, object_id, version_id):
        obj = self.get_object(request, object_id)
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(
            Version.objects.get_for_object(obj).select_related("revision"), pk=version_id
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": obj,
            "version": version,
            "changes": version_changes(version, obj),
            "title": _("Diferencias con la versión actual"),
        }
        return TemplateResponse(request, "admin/infomigra/version_diff.html", context)


def version_changes(version, obj):
    """Field by field, in the editors' words: what the stored version had against the current
    object. A field's label says its language ("Texto (inglés)"); a choice, a yes/no, a date or
    a related item reads as editors chose it; a text is compared word by word."""
    old = version.field_dict
    changes = []
    for field in obj._meta.concrete_fields:
        if not field.editable or field.name not in old:
            continue
        if not getattr(field, "language", None) and hasattr(obj, f"{field.name}_en"):
            continue  # modeltranslation's copy of the Spanish column: shown as "(Español)"
        before, after = old[field.name], getattr(obj, field.attname)
        if before == after or (before in (None, "") and after in (None, "")):
            continue
        change = {"field": _field_label(field), "name": field.name}
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            change["words"] = word_diff(before or "", after or "")
        else:
            change["before"], change["after"] = _shown(field, before), _shown(field, after)
        changes.append(change)
    return changes


def _field_label(field):
    label = capfirst(getattr(field, "translated_field", field).verbose_name)
    language = getattr(field, "language", None)
    if language:
        return f"{label} ({get_language_info(language)['name_translated']})"
    return label


def _shown(field, value):
    """A stored value as the admin shows it."""
    if value in (None, ""):
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Sí") if value else _("No")
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    return str(value)


def word_diff(before, after):
    """The two texts (rich text reduced to its words) as segments: ("same", words), ("removed",
    words), ("added", words); long unchanged stretches are shortened to their ends."""
    old_words = html.unescape(strip_tags(str(before))).split()
    new_words = html.unescape(strip_tags(str(after))).split()
    segments = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            words = old_words[a1:a2]
            if len(words) > 24:
                words = [*words[:8], "…", *words[-8:]]
            segments.append(("same", " ".join(words)))
            continue
        if a2 > a1:
            segments.append(("removed", " ".join(old_words[a1:a2])))
        if b2 > b1:
            segments.append(("added", " ".join(new_words[b1:b2])))
    return segments


class ContentAdmin(PublishableAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    """The admin every publishable content model uses."""


class EditorialContentAdmin(EditorialAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    """For content that is reviewed and translated but not published on its own."""


@admin.register(PageFeedback)
class PageFeedbackAdmin(admin.ModelAdmin):
    """The editors' inbox of "Was this page useful?" answers, and a summary by page."""

    list_display = ("created_at", "path", "useful", "language", "short_comment")
    list_filter = ("useful", "language", "created_at")
    search_fields = ("path", "title", "comment")
    date_hierarchy = "created_at"
    change_list_template = "admin/infomigra/pagefeedback_change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("comentario"))
    def short_comment(self, obj):
        return obj.comment[:120]

    def get_urls(self):
        return [
            path(
                "by-page/",
                self.admin_site.admin_view(self.by_page_view),
                name="infomigra_pagefeedback_by_page",
            ),
            *super().get_urls(),
        ]

    def by_page_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Opiniones por página"),
            "pages": PageFeedback.objects.summary_by_page(),
        }
        return TemplateResponse(request, "admin/infomigra/pagefeedback_by_page.html", context)


@admin.register(OutsideLink)
class OutsideLinkAdmin(admin.ModelAdmin):
    """What `manage.py links_check` found, read-only: editors fix the content that uses a link."""

    list_display = ("url", "state", "http_status", "final_url", "checked_at", "used_in")
    list_filter = ("state",)
    search_fields = ("url", "final_url")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("dónde se usa"))
    def used_in(self, obj):
        from .links import describe

        return "; ".join(f"{describe(use)['model']}: {use['item']}" for use in obj.uses)


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    list_display = ("expressions", "language")
    list_filter = ("language",)
    search_fields = ("expressions",)


@admin.register(SearchMiss)
class SearchMissAdmin(admin.ModelAdmin):
    """What visitors searched for and did not find (words and counts only)."""

    list_display = ("query", "language", "count", "last_seen")
    list_filter = ("language",)
    search_fields = ("query",)
    date_hierarchy = "last_seen"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ChangeNote)
class ChangeNoteAdmin(TabbedTranslationAdmin):
    """The public change notes, to correct a note's words or remove one published by mistake
    (they are made from the "Aviso a los lectores" box of each content's form)."""

    list_display = ("note", "item", "made_at", "made_by")
    list_select_related = ("made_by", "content_type")
    fields = ("note", "made_at")
    date_hierarchy = "made_at"

    def has_add_permission(self, request):
        return False


class SideBySideContentAdmin(EditorialAdminMixin, HistoryAdminMixin, TranslationAdmin):
    """Long texts edited in both languages at once: the Spanish fields in one column and the
    English in another (side by side on a wide screen, one after the other on a narrow one),
    instead of a tab per field."""

    class Media:
        css = {"all": ["css/admin-side-by-side.css"]}

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        content = list(fieldsets[0][1]["fields"])
        by_language = {"es": [], "en": []}
        common = []
        for field in content:
            language = field.rsplit("_", 1)[-1] if isinstance(field, str) else None
            by_language.get(language, common).append(field)
        return [
            (None, {"fields": common}),
            (_("Español"), {"fields": by_language["es"], "classes": ["language-column"]}),
            (_("Inglés"), {"fields": by_language["en"], "classes": ["language-column"]}),
            *fieldsets[1:],
        ]
