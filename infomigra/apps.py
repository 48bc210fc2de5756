from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfomigraConfig(AppConfig):
    name = "infomigra"
    verbose_name = _("Perú InfoMigra")

    def ready(self):
        from . import registry, search  # noqa: F401  (search registers the SQLite fold function)

        registry.autodiscover()
