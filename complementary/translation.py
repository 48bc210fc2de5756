from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "slug", "summary", "body")


@register(models.Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "slug", "organiser", "participants_note", "summary", "body")


@register(models.Norm)
class NormTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(models.Study)
class StudyTranslation(TranslationOptions):
    fields = ("title", "abstract")


@register(models.Link)
class LinkTranslation(TranslationOptions):
    fields = ("name", "description")


@register(models.Video)
class VideoTranslation(TranslationOptions):
    fields = ("title", "description")


@register(models.Contest)
class ContestTranslation(TranslationOptions):
    fields = ("title", "summary", "rules", "results")


@register(models.Faq)
class FaqTranslation(TranslationOptions):
    fields = ("question", "answer")


@register(models.Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(models.InfoPage)
class InfoPageTranslation(TranslationOptions):
    fields = ("slug", "title", "summary", "body", "audience", "action_label", "action_url")
