"""What every content admin shares: publication and scheduling, review dates, translation status,
history with diffs and restore (django-reversion), and the language tabs (modeltranslation)."""

import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationAdmin
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import services, working_copies
from .admin_site import admin_change_url
from .history import revision_changes
from .models import (
    ChangeNote,
    OutsideLink,
    PageFeedback,
    SearchMiss,
    SearchSynonym,
    Status,
    TranslationStatus,
    WorkingCopy,
)
from .richtext import RichTextFormField

EDITORIAL_FIELDS = (
    "last_reviewed",
    "review_interval_months",
    "review_due_on",
    "translation_status",
)
# The status is not edited: "Guardar" keeps a draft a draft, "Publicar" publishes at "publish
# at" (empty: now); the column shows the state that follows (draft, scheduled, published).
PUBLISHING_FIELDS = ("publication", "publish_at", "order")


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


class PublishAtField(forms.DateTimeField):
    """The one way to schedule, on every form that publishes: "Publicar el", empty for now, as
    the browser's own date-and-time picker (one field, one tap on a phone)."""

    def __init__(self, **kwargs):
        super().__init__(**{
            "label": _("Publicar el"),
            "required": False,
            "widget": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "input_formats": ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"],
            "help_text": _("Vacío: ahora, al pulsar «Publicar». Con fecha y hora futuras, se "
                           "publica entonces; lo que el público ve ahora sigue a la vista."),
            **kwargs,
        })  # fmt: skip


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
    """Review dates and translation status: columns, filters, actions and a fieldset; and
    working copies: saving an item the public sees keeps the change pending (the live version
    stays up) until it is published, now or at a time, from its "Cambios pendientes" page."""

    form = ChangeNoteForm
    change_form_template = "admin/infomigra/content_change_form.html"

    # --- Working copies -----------------------------------------------------------------------

    def get_object(self, request, object_id, from_field=None):
        """In the form, an item with pending changes shows them (the editor goes on from there)."""
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and getattr(request, "editing_content", False):
            working_copies.apply(obj)
        return obj

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request.editing_content = not getattr(request, "restoring", False)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):  # fmt: skip
        live = bool(change and obj is not None and obj.pk and obj.edit_unit().is_public())
        copy = working_copies.open_copy(obj) if change and obj is not None and obj.pk else None
        context.update(
            content_is_live=live,
            working_copy=copy,
            working_copy_url=(
                reverse("admin:infomigra_workingcopy_change", args=[copy.pk]) if copy else ""
            ),  # fmt: skip
            can_schedule="publish_at" in context["adminform"].form.fields,
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _pending(self, request, obj, change):
        """Does this save go into a working copy? The item, or its unit, is live: a change, or
        a new part (a chapter added to a live guide waits with the guide's other changes)."""
        if getattr(request, "restoring", False):
            return False  # a restored version is written at once
        if not hasattr(obj, "_content_pending"):  # per item: a list's rows may differ
            counts = change or (obj.part_of and getattr(obj, f"{obj.part_of}_id", None))
            obj._content_pending = bool(counts and obj.edit_unit().is_public())
        return obj._content_pending

    def save_related(self, request, form, formsets, change):
        if not self._pending(request, form.instance, change):
            return super().save_related(request, form, formsets, change)
        obj = form.instance
        parts, deleted = [], []
        for formset in formsets:
            parts += formset.save(commit=False)
            deleted += formset.deleted_objects
        when = form.cleaned_data.get("publish_at")  # for a live item: when the copy goes out
        m2m = {field.name: [item.pk for item in form.cleaned_data[field.name]]
               for field in obj._meta.many_to_many if field.name in form.cleaned_data}  # fmt: skip
        copy = services.working_copy_save(
            obj=obj, user=request.user, base_url=request.build_absolute_uri("/"), m2m=m2m,
            parts=parts, deleted=deleted,
            note_es=form.cleaned_data.get("change_note_es", "") if form.cleaned_data.get(
                "significant_change") else "",
            note_en=form.cleaned_data.get("change_note_en", ""),
        )  # fmt: skip
        if "_publish" in request.POST:
            services.working_copy_schedule(copy=copy, when=when, user=request.user)
        request.working_copy = copy

    def log_change(self, request, obj, message):
        if getattr(obj, "_content_pending", False):
            message = _("Guardado como cambio pendiente (la versión publicada no cambió)")
        return super().log_change(request, obj, message)

    def log_addition(self, request, obj, message):
        if getattr(obj, "_content_pending", False):
            return None  # not added yet: the working copy's publication is recorded
        return super().log_addition(request, obj, message)

    def response_add(self, request, obj, post_url_continue=None):
        if getattr(request, "working_copy", None) is not None:
            return self.response_change(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        copy = getattr(request, "working_copy", None)
        if copy is None:
            return super().response_change(request, obj)
        copy.refresh_from_db()
        report_copy(self, request, copy)
        if copy.published_at:  # nothing pending any more: back to the item, as it now is
            return HttpResponseRedirect(admin_change_url(obj if obj.pk else copy.item))
        if "_continue" in request.POST and obj.pk:
            return HttpResponseRedirect(request.path)
        return HttpResponseRedirect(reverse("admin:infomigra_workingcopy_change", args=[copy.pk]))

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
        if self.model.part_of is None:  # a unit: does it have pending changes? (one subquery)
            queryset = queryset.annotate(has_pending=Exists(WorkingCopy.objects.open().filter(
                content_type=ContentType.objects.get_for_model(self.model),
                object_id=OuterRef("pk"),
            )))  # fmt: skip
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
        own = (*self.publishing_fields(), *EDITORIAL_FIELDS, "status")
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
        if self._pending(request, obj, change):
            return  # kept in the working copy by save_related(), with the inline rows
        if "_publish" in request.POST and hasattr(obj, "status"):
            obj.status = Status.PUBLISHED  # empty "publish at": now
            obj.publish_at = obj.publish_at or timezone.now()
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

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "publication")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "publish_at":
            return PublishAtField()
        return super().formfield_for_dbfield(db_field, request, **kwargs)

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
        if getattr(obj, "has_pending", False):
            return _("Publicado, con cambios pendientes")
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

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restoring a version writes it at once (the whole unit: a guide with its chapters),
        not into a working copy, and the form shows the restored version, not pending changes."""
        request.restoring = True
        return super().revision_view(request, object_id, version_id, extra_context)

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
            "changed": revision_changes(version),
            "title": _("Qué cambió"),
        }
        return TemplateResponse(request, "admin/infomigra/version_diff.html", context)


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

    richtext_config = "chapter"  # the lighter toolbar (settings.CKEDITOR_CONFIGS)

    class Media:
        css = {"all": ["css/admin-side-by-side.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(field, RichTextFormField):
            field.widget = type(field.widget)(config_name=self.richtext_config,
                                              attrs=field.widget.attrs)  # fmt: skip
        return field

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


def report_copy(model_admin, request, copy):
    """Tell the editor where a working copy stands: published, scheduled, pending, or gone."""
    if copy is None:
        model_admin.message_user(request, _("Estos cambios ya no están pendientes."),
                                 messages.WARNING)  # fmt: skip
    elif copy.published_at:
        model_admin.message_user(request, _("Cambios publicados."), messages.SUCCESS)
    elif copy.publish_at:
        when = date_format(timezone.localtime(copy.publish_at), "DATETIME_FORMAT")
        model_admin.message_user(request, _("Cambios programados para el %(when)s.")
                                 % {"when": when}, messages.SUCCESS)  # fmt: skip
    else:
        model_admin.message_user(
            request,
            _("Tus cambios quedaron pendientes: la página publicada no cambió. Revísalos en "
              "la vista previa, compáralos y publícalos."),
            messages.SUCCESS,
        )  # fmt: skip


class WorkingCopyPublishForm(forms.Form):
    publish_at = PublishAtField()


@admin.register(WorkingCopy)
class WorkingCopyAdmin(admin.ModelAdmin):
    """Pending changes: the list, and for each its comparison with the live version, its
    preview on the public page, and publish (now or at a time) or discard. Who may change the
    item may do all of it."""

    list_display = ("__str__", "content_type", "updated_by", "updated_at", "publish_at")
    list_select_related = ("content_type", "updated_by")
    list_filter = ("content_type",)

    def get_queryset(self, request):
        return super().get_queryset(request).open()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or working_copies.may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        copy = self.get_object(request, object_id)
        if copy is not None and copy.item is None:  # its item was deleted meanwhile
            copy.delete()
            copy = None
        if copy is None:
            report_copy(self, request, None)
            return HttpResponseRedirect(reverse("admin:infomigra_workingcopy_changelist"))
        if not working_copies.may_edit(request.user, copy):
            raise PermissionDenied
        form = WorkingCopyPublishForm(
            request.POST if request.method == "POST" else None,
            initial={"publish_at": copy.publish_at and timezone.localtime(copy.publish_at)},
        )
        if request.method == "POST" and "_discard" in request.POST:
            item = copy.item
            copy.delete()
            self.message_user(request, _("Cambios descartados: queda la versión publicada."),
                              messages.SUCCESS)  # fmt: skip
            return HttpResponseRedirect(admin_change_url(item))
        if form.is_valid():
            when = form.cleaned_data["publish_at"]
            report_copy(self, request,
                        services.working_copy_schedule(copy=copy, when=when, user=request.user))  # fmt: skip
            return HttpResponseRedirect(admin_change_url(copy.item))
        item = copy.item
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Cambios pendientes: %(item)s") % {"item": item},
            "copy": copy,
            "item": item,
            "item_url": admin_change_url(item),
            "preview_url": f"{item.get_absolute_url()}?{working_copies.PREVIEW_PARAMETER}={copy.pk}",
            "compared": working_copies.changes(copy),
            "form": form,
        }
        return TemplateResponse(request, "admin/infomigra/working_copy.html", context,
                                status=400 if form.is_bound else 200)  # fmt: skip
