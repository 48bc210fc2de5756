from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SivitmaConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sivitma"
    verbose_name = _("SIVITMA – contratos de trabajadores andinos")
