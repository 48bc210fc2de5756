import logging

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def _rebuild_search_index(using, **kwargs):
    """After `migrate`, the search table matches the content (a new field, a new source)."""
    from django.db import DatabaseError

    from . import search

    if using != "default":
        return
    try:
        search.index_rebuild()
    except DatabaseError:  # migrated only part of the way: the next full `migrate` rebuilds
        logger.warning("Search index not rebuilt: the database is not fully migrated")


class InfomigraConfig(AppConfig):
    name = "infomigra"
    verbose_name = _("Perú InfoMigra")

    def ready(self):
        from . import checks, pagecache, registry, search  # noqa: F401  (checks, search: at import)

        registry.autodiscover()
        pagecache.connect_signals()
        search.connect_signals()
        post_migrate.connect(_rebuild_search_index, sender=self)
