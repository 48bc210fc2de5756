"""The kernel's visitor-facing fields, in Spanish and English."""

from modeltranslation.translator import translator

from . import models

translator.register(models.ChangeNote, fields=("note",))
