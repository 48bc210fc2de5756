from django.core.management.base import BaseCommand

from infomigra import links
from infomigra.models import OutsideLink


class Command(BaseCommand):
    help = (
        "Check every outside link in the content (timeouts, redirects, 4xx/5xx, links that only "
        "reach a site's home page) and store the result for the admin dashboard."
    )

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10, help="seconds per link (10)")
        parser.add_argument("--workers", type=int, default=8, help="links checked at once (8)")

    def handle(self, *args, timeout, workers, **options):
        summary = links.check_all(timeout=timeout, workers=workers)
        labels = dict(OutsideLink.State.choices)
        total = sum(summary.values())
        self.stdout.write(f"{total} outside links checked")
        for state, count in sorted(summary.items(), key=lambda item: -item[1]):
            self.stdout.write(f"  {count:5d}  {labels[state]}")
