import importlib

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Fill an empty database with the portal's demo content in Spanish and English. "
        "Idempotent: each app loads its part only if it has none yet, so editors' changes stay."
    )

    def handle(self, *args, **options):
        for app_config in apps.get_app_configs():
            if importlib.util.find_spec(f"{app_config.name}.demo") is None:
                continue
            demo = importlib.import_module(f"{app_config.name}.demo")
            self.stdout.write(demo.load())
