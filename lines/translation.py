from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.ActionLine)
class ActionLineTranslation(TranslationOptions):
    fields = ("slug", "title", "audience", "intro")


@register(models.Section)
class SectionTranslation(TranslationOptions):
    fields = ("slug", "group", "title", "summary", "body")


@register(models.SectionSource)
class SectionSourceTranslation(TranslationOptions):
    fields = ("title",)


@register(models.Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("name", "organisation", "summary", "body")


@register(models.CountryGuide)
class CountryGuideTranslation(TranslationOptions):
    fields = ("slug", "title", "summary")


@register(models.GuideChapter)
class GuideChapterTranslation(TranslationOptions):
    fields = ("title", "body")


@register(models.GuideSource)
class GuideSourceTranslation(TranslationOptions):
    fields = ("title",)


@register(models.Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "unit", "description", "source")


@register(models.IndicatorValue)
class IndicatorValueTranslation(TranslationOptions):
    fields = ("period",)


@register(models.Agreement)
class AgreementTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(models.Institution)
class InstitutionTranslation(TranslationOptions):
    fields = ("name", "description")
