"""The visitor-facing fields of each model, in Spanish and English (django-modeltranslation
adds a `<field>_es` and `<field>_en` column for each)."""

from modeltranslation.translator import translator

from . import models

TRANSLATED_FIELDS = {
    models.ActionLine: ("slug", "title", "menu_label", "audience", "intro"),
    models.Section: ("slug", "group", "title", "summary", "body"),
    models.SectionSource: ("title",),
    models.Programme: ("name", "organisation", "summary", "body"),
    models.CountryGuide: ("slug", "title", "summary"),
    models.GuideChapter: ("title", "body"),
    models.GuideSource: ("title",),
    models.Indicator: ("name", "unit", "description", "source"),
    models.IndicatorValue: ("period",),
    models.Agreement: ("title", "summary", "body"),
    models.Institution: ("name", "description", "opening_hours"),
}

for model, fields in TRANSLATED_FIELDS.items():
    translator.register(model, fields=fields)
