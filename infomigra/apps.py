from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfomigraConfig(AppConfig):
    name = "infomigra"
    verbose_name = _("Perú InfoMigra")

    def ready(self):
        from . import checks, registry, search  # noqa: F401  (checks, search: register at import)

        registry.autodiscover()
