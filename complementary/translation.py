"""The visitor-facing fields of each model, in Spanish and English (django-modeltranslation
adds a `<field>_es` and `<field>_en` column for each)."""

from modeltranslation.translator import translator

from . import models

TRANSLATED_FIELDS = {
    models.NewsItem: ("title", "slug", "summary", "body"),
    models.Event: ("title", "slug", "organiser", "participants_note", "summary", "body"),
    models.Norm: ("title", "summary"),
    models.Study: ("title", "abstract"),
    models.Link: ("name", "description"),
    models.Video: ("title", "description"),
    models.Contest: ("title", "summary", "rules", "results"),
    models.Faq: ("question", "answer"),
    models.Publication: ("title", "summary"),
    models.InfoPage: ("slug", "title", "summary", "body", "audience", "action_label", "action_url"),
}

for model, fields in TRANSLATED_FIELDS.items():
    translator.register(model, fields=fields)
