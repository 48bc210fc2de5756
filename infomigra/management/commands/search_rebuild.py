from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from infomigra.search import index_rebuild


class Command(BaseCommand):
    help = "Rewrite the site search's stored documents from the content (after an import, say)."

    def handle(self, *args, **options):
        total = index_rebuild()
        self.stdout.write(
            _("Índice de búsqueda reconstruido: %(total)d documentos.") % {"total": total}
        )
