from django.contrib import admin

from infomigra.admin import ContentAdmin as ComplementaryAdmin

from . import models


@admin.register(models.NewsItem)
class NewsItemAdmin(ComplementaryAdmin):
    list_display = ("title", "published_on", "scope", "status")
    list_filter = ("scope", "published_on")
    search_fields = ("title", "summary", "body")
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("published_on",)  # the day of "Publicar el": one way to schedule


@admin.register(models.Event)
class EventAdmin(ComplementaryAdmin):
    list_display = ("title", "starts_at", "kind", "region", "country", "participants", "status")
    list_filter = ("kind", "region", "country")
    search_fields = ("title", "venue", "cooperating_source")
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ("title",)}


@admin.register(models.Norm)
class NormAdmin(ComplementaryAdmin):
    list_display = ("number", "title", "kind", "scope", "issued_on", "status")
    list_filter = ("scope", "kind")
    search_fields = ("number", "title")


@admin.register(models.Study)
class StudyAdmin(ComplementaryAdmin):
    list_display = ("title", "authors", "year", "topic", "status")
    list_filter = ("topic", "year")
    search_fields = ("title", "authors", "publisher")


@admin.register(models.Link)
class LinkAdmin(ComplementaryAdmin):
    list_display = ("name", "category", "url", "order", "status")
    list_editable = ("order",)
    list_filter = ("category",)
    search_fields = ("name", "url")


@admin.register(models.Video)
class VideoAdmin(ComplementaryAdmin):
    list_display = ("title", "provider", "video_id", "published_on", "status")


@admin.register(models.Contest)
class ContestAdmin(ComplementaryAdmin):
    list_display = ("title", "opens_on", "closes_on", "status")


@admin.register(models.Faq)
class FaqAdmin(ComplementaryAdmin):
    list_display = ("question", "line", "order", "status", "last_reviewed")
    list_editable = ("order",)
    list_filter = ("line",)
    list_select_related = ("line",)
    search_fields = ("question", "answer")


@admin.register(models.Publication)
class PublicationAdmin(ComplementaryAdmin):
    list_display = ("title", "kind", "published_on", "file_size", "status")
    list_filter = ("kind",)


@admin.register(models.InfoPage)
class InfoPageAdmin(ComplementaryAdmin):
    list_display = ("title", "key", "status", "last_reviewed")
    prepopulated_fields = {"slug": ("title",)}
