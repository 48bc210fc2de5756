"""Realistic sample visits for one month, to demonstrate the report and to measure it."""

import datetime
import random

from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone, translation

from complementary.models import NewsItem
from contact.models import Attention, ContactMessage
from infomigra.periods import month_argument
from lines.models import ActionLine, CountryGuide, Section
from stats.models import Device, Visit
from stats.services import Period, visits_rollup_days

# The country mix of the service's review (seed 003): 74 % Peru, 8 % United States, 5 % Spain
# and 13 % from other countries.
COUNTRIES = [("PE", 74), ("US", 8), ("ES", 5), ("IT", 3), ("CL", 3), ("AR", 3), ("JP", 1),
             ("BO", 1), ("EC", 1), ("CO", 1)]  # fmt: skip
REFERRERS = [("", 55), ("www.google.com", 30), ("www.gob.pe", 8), ("www.facebook.com", 5),
             ("peru.iom.int", 2)]  # fmt: skip
DEVICES = [(Device.MOBILE, 62), (Device.DESKTOP, 33), (Device.TABLET, 5)]
# The attentions, with the shares the review reports (seed 003, "Principales logros"): by type
# of migrant 12 % foreigners, 34 % potential migrants, 40 % general public, 4 % returnees (the
# 10 % it leaves out: not stated); 60 % aged 26 to 45; 53 % men and 47 % women; 106 a month;
# answered in one day on average. What the review does not break down (the other ages, the
# channels, the topics) is spread evenly: sample data, not facts.
MIGRANT_TYPES = [("foreigner", 12), ("potential_migrant", 34), ("general_public", 40),
                 ("returnee", 4), ("unknown", 10)]  # fmt: skip
AGE_BANDS = [("26-35", 30), ("36-45", 30), ("18-25", 15), ("46-60", 15), ("61+", 5),
             ("unknown", 5)]  # fmt: skip
GENDERS = [("male", 53), ("female", 47)]
CHANNELS = [("window_mtpe", 30), ("window_digemin", 30), ("email", 20), ("web_form", 20)]
LIST_PAGES = [
    ("complementary:news_list", "news", 3),
    ("complementary:event_list", "events", 2),
    ("complementary:norm_list", "legislation", 2),
    ("complementary:faq_list", "faq", 3),
    ("lines:guide_list", "guides", 3),
    ("contact:contact", "contact", 3),
]


def both_languages(url):
    """The (Spanish, English) paths of what `url()` returns in each language."""
    paths = []
    for language in ("es", "en"):
        with translation.override(language):
            paths.append(url())
    return tuple(paths)


def sample_pages():
    """(weight, (es path, en path), line, component, content) of the portal's real pages."""
    pages = [(30, both_languages(lambda: reverse("home")), None, "home", "")]
    for name, component, weight in LIST_PAGES:
        pages.append((weight, both_languages(lambda name=name: reverse(name)), None, component, ""))
    for line in ActionLine.objects.published():
        url = both_languages(line.get_absolute_url)
        pages.append((8, url, line.number, "line", f"line:{line.number}"))
    for section in Section.objects.published().select_related("line")[:40]:
        url = both_languages(section.get_absolute_url)
        pages.append((2, url, section.line.number, "line", f"section:{section.pk}"))
    for guide in CountryGuide.objects.published():
        url = both_languages(guide.get_absolute_url)
        pages.append((4, url, None, "guides", f"guide:{guide.country.code}"))
    for item in NewsItem.objects.published()[:10]:
        url = both_languages(item.get_absolute_url)
        pages.append((1, url, None, "news", f"newsitem:{item.pk}"))
    return pages


def pick(rng, options):
    """A value of (value, weight) pairs, chosen by weight."""
    return rng.choices([value for value, _w in options], [weight for _v, weight in options])[0]


class Command(BaseCommand):
    help = "Generate realistic sample visits for a month (demo and benchmarks) and roll them up."

    def add_arguments(self, parser):
        parser.add_argument("--visits", type=int, default=5000)
        parser.add_argument("--month", type=month_argument, help="YYYY-MM (default: last month)")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing if there are visits already"
        )
        parser.add_argument("--seed", type=int, default=2010)
        parser.add_argument("--attentions", type=int, default=106, help="a month (the review's)")

    def handle(self, *args, visits, month, if_empty, seed, attentions=106, **options):
        if if_empty and Visit.objects.exists():
            self.stdout.write("visits present: no sample data generated")
            return
        period = Period.of_month(month) if month else Period.last_month()
        rng = random.Random(seed)
        pages = [(page[1:], page[0]) for page in sample_pages()]
        # A pool of anonymous keys per day so that a visitor views about two pages a day.
        visitors = max(visits * 3 // (5 * period.days), 1)
        rows = []
        for _n in range(visits):
            day = period.start + datetime.timedelta(days=rng.randrange(period.days))
            moment = timezone.make_aware(
                datetime.datetime.combine(day, datetime.time(rng.randrange(24), rng.randrange(60)))
            )
            paths, line, component, content = pick(rng, pages)
            language = "en" if rng.random() < 0.12 else "es"
            rows.append(
                Visit(
                    time=moment,
                    path=paths[language == "en"],
                    language=language,
                    country=pick(rng, COUNTRIES),
                    line=line,
                    component=component,
                    content=content,
                    referrer_host=pick(rng, REFERRERS),
                    device=pick(rng, DEVICES),
                    visitor=f"{day:%m%d}{rng.randrange(visitors):012x}",
                )
            )
            if len(rows) >= 5000:
                Visit.objects.bulk_create(rows)
                rows = []
        Visit.objects.bulk_create(rows)
        visits_rollup_days(start=period.start, end=period.end)
        self.sample_attentions(rng, period, attentions)
        self.stdout.write(f"generated {visits} visits and {attentions} attentions for {period}")

    def sample_attentions(self, rng, period, count):
        """Attentions with the review's shares; those by web form come with their message,
        answered about one day later."""
        lines = {line.number: line for line in ActionLine.objects.all()}
        topics = [choice for choice, _label in Attention.Topic.choices]
        line_of = {"foreigner": 4, "potential_migrant": 1, "returnee": 2}
        for n in range(count):
            day = period.start + datetime.timedelta(days=rng.randrange(period.days))
            channel = pick(rng, CHANNELS)
            migrant_type = pick(rng, MIGRANT_TYPES)
            message = None
            if channel in ("web_form", "email"):
                created = timezone.make_aware(
                    datetime.datetime.combine(day, datetime.time(rng.randrange(8, 20)))
                )
                message = ContactMessage.objects.create(
                    name=f"Persona de ejemplo {n + 1}", email=f"ejemplo{n + 1}@example.com",
                    country="PE", profile=migrant_type, message="Consulta de ejemplo.",
                    consent=channel == "web_form", language="es", created_at=created,
                    status=ContactMessage.Status.ANSWERED,
                    first_response_at=created + datetime.timedelta(hours=rng.uniform(4, 44)),
                )  # fmt: skip
                message.assign_reference()
            Attention.objects.create(
                date=day, channel=channel, migrant_type=migrant_type,
                age_band=pick(rng, AGE_BANDS), gender=pick(rng, GENDERS),
                country=pick(rng, COUNTRIES), line=lines.get(line_of.get(migrant_type)),
                topic=rng.choice(topics), message=message,
            )  # fmt: skip
