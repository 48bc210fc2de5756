from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinesConfig(AppConfig):
    name = "lines"
    verbose_name = _("Líneas de acción y guías")
