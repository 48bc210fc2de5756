from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.ServicePoint)
class ServicePointTranslation(TranslationOptions):
    fields = ("name", "opening_hours", "services")
