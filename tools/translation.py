"""The visitor-facing fields of the tools' content, in Spanish and English."""

from modeltranslation.translator import translator

from . import models

TRANSLATED_FIELDS = {
    models.Step: ("title", "body", "documents", "official_label", "cost", "duration", "warning"),
    models.WarningSign: ("question", "sign", "why", "check_label"),
}

for model, fields in TRANSLATED_FIELDS.items():
    translator.register(model, fields=fields)
