from django.core.management.base import BaseCommand

from infomigra import registry, search


class Command(BaseCommand):
    help = (
        "Fill an empty database with the portal's demo content in Spanish and English. "
        "Idempotent: each app loads its part only if it has none yet, so editors' changes stay."
    )

    def handle(self, *args, **options):
        for load in registry.demo_loaders:
            self.stdout.write(load())
        # Items saved one by one were indexed as they came; some addresses depend on items
        # loaded later (an agreement's section), so the search index is written once more.
        search.index_rebuild()
