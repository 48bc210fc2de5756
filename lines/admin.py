from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from infomigra.admin import ContentAdmin, SideBySideContentAdmin

from . import models


class SectionSourceInline(TranslationTabularInline):
    model = models.SectionSource
    extra = 0


class ProgrammeInline(TranslationStackedInline):
    model = models.Programme
    extra = 0
    fields = ("name", "organisation", "summary", "url", "status", "order")
    show_change_link = True


@admin.register(models.ActionLine)
class ActionLineAdmin(ContentAdmin):
    list_display = ("number", "menu_label", "title", "audience", "status", "last_reviewed")
    list_display_links = ("number", "menu_label", "title")
    prepopulated_fields = {"slug": ("title",)}


@admin.register(models.Section)
class SectionAdmin(ContentAdmin):
    list_display = ("title", "line", "group", "order", "component", "status", "last_reviewed")
    list_editable = ("order",)
    list_filter = ("line", "status", "component")
    list_select_related = ("line",)
    search_fields = ("title", "summary", "body")
    prepopulated_fields = {"slug": ("title",)}
    fields = ("line", "group", "title", "slug", "summary", "body", "procedure_url", "component")
    inlines = [SectionSourceInline, ProgrammeInline]


@admin.register(models.Programme)
class ProgrammeAdmin(ContentAdmin):
    list_display = ("name", "organisation", "section", "order", "status", "last_reviewed")
    list_filter = ("section__line", "section", "status")
    list_select_related = ("section",)
    search_fields = ("name", "organisation", "summary")


class GuideChapterInline(admin.TabularInline):
    """The guide's chapters as a list: each with its review date and translation state, and a
    link to its own form. Texts are edited one chapter at a time (a 9-chapter guide was one
    7,000-pixel form with 18 editors, every save recording every chapter)."""

    model = models.GuideChapter
    extra = 0
    fields = ("kind", "order", "last_reviewed", "review_due_on", "translation_status")
    readonly_fields = ("kind", "review_due_on", "translation_status")
    show_change_link = True
    ordering = ("order", "pk")

    def has_add_permission(self, request, obj=None):
        return False  # a new chapter is added from its own form (the "Añadir capítulo" link)


class GuideSourceInline(TranslationTabularInline):
    model = models.GuideSource
    extra = 0


@admin.register(models.CountryGuide)
class CountryGuideAdmin(ContentAdmin):
    list_display = ("title", "country", "order", "status", "last_reviewed")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("title",)}
    fields = ("country", "title", "slug", "summary", "add_chapter")
    readonly_fields = ("add_chapter",)
    inlines = [GuideChapterInline, GuideSourceInline]

    @admin.display(description=_("capítulos"))
    def add_chapter(self, obj):
        if obj is None or obj.pk is None:
            return _("Guarda la guía para añadirle capítulos.")
        url = reverse("admin:lines_guidechapter_add") + f"?guide={obj.pk}"
        return format_html('<a class="addlink" href="{}">{}</a>', url, _("Añadir un capítulo"))


@admin.register(models.GuideChapter)
class GuideChapterAdmin(SideBySideContentAdmin):
    """A chapter's own form, Spanish and English side by side; its guide lists the chapters."""

    list_display = ("title", "guide", "kind", "last_reviewed")
    list_filter = ("guide",)
    list_select_related = ("guide",)
    search_fields = ("title", "body")
    fields = ("guide", "kind", "title", "body", "order")


class IndicatorValueInline(TranslationTabularInline):
    model = models.IndicatorValue
    extra = 1


@admin.register(models.Indicator)
class IndicatorAdmin(ContentAdmin):
    list_display = ("name", "unit", "source", "order", "status", "last_reviewed")
    list_editable = ("order",)
    inlines = [IndicatorValueInline]


@admin.register(models.Agreement)
class AgreementAdmin(ContentAdmin):
    list_display = ("title", "kind", "topic", "signed", "in_force", "status")
    list_filter = ("kind", "topic", "status")
    search_fields = ("title", "summary")


@admin.register(models.Institution)
class InstitutionAdmin(ContentAdmin):
    list_display = ("name", "kind", "country", "city", "to_verify", "status")
    list_filter = ("to_verify", "kind", "country", "status")
    search_fields = ("name", "city", "description")


admin.site.empty_value_display = _("(vacío)")
