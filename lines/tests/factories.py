import datetime

import factory

from infomigra.models import Status
from lines import models


class ActionLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ActionLine
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: n + 1)
    slug_es = factory.Sequence(lambda n: f"linea-{n}")
    slug_en = factory.Sequence(lambda n: f"line-{n}")
    title_es = factory.Sequence(lambda n: f"¿Pregunta {n}?")
    title_en = factory.Sequence(lambda n: f"Question {n}?")
    menu_label_es = factory.Sequence(lambda n: f"Menú {n}")
    menu_label_en = factory.Sequence(lambda n: f"Menu {n}")
    audience_es = "Potencial migrante"
    audience_en = "Prospective migrant"
    intro_es = "<p>Introducción</p>"
    intro_en = "<p>Introduction</p>"
    status = Status.PUBLISHED


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Section

    line = factory.SubFactory(ActionLineFactory)
    slug_es = factory.Sequence(lambda n: f"seccion-{n}")
    slug_en = factory.Sequence(lambda n: f"section-{n}")
    title_es = factory.Sequence(lambda n: f"Sección {n}")
    title_en = factory.Sequence(lambda n: f"Section {n}")
    summary_es = "Resumen de la sección"
    summary_en = "Section summary"
    body_es = "<p>Texto en español</p>"
    body_en = "<p>English text</p>"
    order = factory.Sequence(lambda n: n)
    last_reviewed = datetime.date(2026, 11, 20)
    status = Status.PUBLISHED


class SectionSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SectionSource

    section = factory.SubFactory(SectionFactory)
    title_es = "Fuente oficial"
    title_en = "Official source"
    url = "https://www.gob.pe/mtpe"


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Programme

    section = factory.SubFactory(SectionFactory)
    name_es = factory.Sequence(lambda n: f"Programa {n}")
    name_en = factory.Sequence(lambda n: f"Programme {n}")
    organisation_es = "MTPE"
    body_es = "<p>Descripción</p>"
    body_en = "<p>Description</p>"
    url = "https://www.gob.pe/mtpe"
    status = Status.PUBLISHED


class CountryGuideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CountryGuide
        django_get_or_create = ("country",)

    country = "ES"
    slug_es = factory.Sequence(lambda n: f"guia-{n}")
    slug_en = factory.Sequence(lambda n: f"guide-{n}")
    title_es = factory.Sequence(lambda n: f"Guía {n}")
    title_en = factory.Sequence(lambda n: f"Guide {n}")
    summary_es = "Resumen de la guía"
    summary_en = "Guide summary"
    last_reviewed = datetime.date(2026, 11, 20)
    status = Status.PUBLISHED


class GuideChapterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.GuideChapter

    guide = factory.SubFactory(CountryGuideFactory)
    kind = models.GuideChapter.Kind.WORK_PERMIT
    title_es = "Permiso de trabajo"
    title_en = "Work permit"
    body_es = "<p>Cómo obtener el permiso</p>"
    body_en = "<p>How to get the permit</p>"


class GuideSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.GuideSource

    guide = factory.SubFactory(CountryGuideFactory)
    title_es = "Fuente"
    title_en = "Source"
    url = "https://www.exteriores.gob.es/"


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Indicator

    name_es = factory.Sequence(lambda n: f"Indicador {n}")
    name_en = factory.Sequence(lambda n: f"Indicator {n}")
    unit_es = "%"
    unit_en = "%"
    source_es = "INEI"
    source_en = "INEI"
    source_url = "https://www.inei.gob.pe/"
    status = Status.PUBLISHED


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.IndicatorValue

    indicator = factory.SubFactory(IndicatorFactory)
    period_es = factory.Sequence(lambda n: str(2000 + n))
    period_en = factory.Sequence(lambda n: str(2000 + n))
    period_end = factory.Sequence(lambda n: datetime.date(2000 + n, 12, 31))
    value = "6.50"


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Agreement

    title_es = factory.Sequence(lambda n: f"Convenio {n}")
    title_en = factory.Sequence(lambda n: f"Agreement {n}")
    countries = ["ES"]
    kind = models.Agreement.Kind.BILATERAL
    topic = models.Agreement.Topic.SOCIAL_SECURITY
    signed = datetime.date(2003, 7, 16)
    summary_es = "Resumen del convenio"
    summary_en = "Agreement summary"
    status = Status.PUBLISHED


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Institution

    name_es = factory.Sequence(lambda n: f"Institución {n}")
    name_en = factory.Sequence(lambda n: f"Institution {n}")
    kind = models.Institution.Kind.CONSULATE
    country = "ES"
    city = "Madrid"
    website = "https://www.consulado.pe/"
    status = Status.PUBLISHED
