import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from stats.models import Visit
from stats.services import Period, visits_rollup

# The mix of the service's review (seed 003): 74 % Peru, 8 % United States, 5 % Spain, 13 % others.
COUNTRIES = [("PE", 74), ("US", 8), ("ES", 5), ("IT", 3), ("CL", 3), ("AR", 3), ("JP", 1), ("BO", 1),
             ("EC", 1), ("CO", 1)]  # fmt: skip
PAGES = [
    ("/es/", "", None, "home", 30),
    ("/es/lineas/vas-a-trabajar-en-el-extranjero/", "line:1", 1, "line", 14),
    (
        "/es/lineas/vas-a-trabajar-en-el-extranjero/tramites-permiso-de-trabajo/",
        "section",
        1,
        "line",
        8,
    ),
    ("/es/lineas/vas-a-retornar-al-peru/", "line:2", 2, "line", 6),
    ("/es/lineas/trabajas-en-el-extranjero/", "line:3", 3, "line", 5),
    ("/es/lineas/trabajar-en-el-peru/", "line:4", 4, "line", 5),
    ("/es/guias/espana/", "guide:ES", None, "guides", 7),
    ("/es/guias/estados-unidos/", "guide:US", None, "guides", 6),
    ("/es/guias/italia/", "guide:IT", None, "guides", 3),
    ("/es/guias/chile/", "guide:CL", None, "guides", 3),
    ("/es/guias/argentina/", "guide:AR", None, "guides", 3),
    ("/es/noticias/", "", None, "news", 3),
    ("/es/eventos/", "", None, "events", 2),
    ("/es/legislacion/", "", None, "legislation", 2),
    ("/es/contacto/", "", None, "contact", 3),
]
REFERRERS = [
    ("", 55),
    ("www.google.com", 30),
    ("www.gob.pe", 8),
    ("www.facebook.com", 5),
    ("peru.iom.int", 2),
]
DEVICES = [("mobile", 62), ("desktop", 33), ("tablet", 5)]


def pick(options):
    """A random choice weighted by each option's last item; the rest of the option is returned."""
    values = [option[:-1] if len(option) > 2 else option[0] for option in options]
    weights = [option[-1] for option in options]
    return random.choices(values, weights)[0]


class Command(BaseCommand):
    help = "Generate realistic sample visits for a month (demo and benchmarks) and roll them up."

    def add_arguments(self, parser):
        parser.add_argument("--visits", type=int, default=5000)
        parser.add_argument("--month", help="YYYY-MM (default: last month)")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if there are visits already"
        )
        parser.add_argument("--seed", type=int, default=2010)

    def handle(self, *args, visits, month, if_empty, seed, **options):
        if if_empty and Visit.objects.exists():
            self.stdout.write("visits present: no sample data generated")
            return
        if month:
            try:
                first = datetime.datetime.strptime(month, "%Y-%m").date()
            except ValueError:
                raise CommandError("--month must look like 2026-10") from None
            period = Period.month(first.year, first.month)
        else:
            period = Period.last_month()
        random.seed(seed)
        rows = []
        for _ in range(visits):
            day = period.start + datetime.timedelta(days=random.randrange(period.days))
            moment = timezone.make_aware(
                datetime.datetime.combine(
                    day, datetime.time(random.randrange(24), random.randrange(60))
                )
            )
            path, content, line, component = pick(PAGES)
            language = "en" if random.random() < 0.12 else "es"
            if language == "en":
                path = "/en/" + path[4:]
            rows.append(Visit(
                time=moment, path=path, language=language, country=pick(COUNTRIES), line=line,
                component=component, content=content, referrer_host=pick(REFERRERS),
                device=pick(DEVICES), visitor=f"{day:%m%d}{random.randrange(visits // 2 + 1):012x}"[:16],
            ))  # fmt: skip
            if len(rows) >= 5000:
                Visit.objects.bulk_create(rows)
                rows = []
        Visit.objects.bulk_create(rows)
        day = period.start
        while day <= period.end:
            visits_rollup(day=day)
            day += datetime.timedelta(days=1)
        self.stdout.write(f"generated {visits} visits for {period}")
