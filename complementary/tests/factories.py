import datetime

import factory
from django.utils import timezone

from complementary import models
from infomigra.models import Status


class PublishedFactory(factory.django.DjangoModelFactory):
    status = Status.PUBLISHED

    class Meta:
        abstract = True


class NewsItemFactory(PublishedFactory):
    class Meta:
        model = models.NewsItem

    title_es = factory.Sequence(lambda n: f"Noticia {n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    slug_es = factory.Sequence(lambda n: f"noticia-{n}")
    slug_en = factory.Sequence(lambda n: f"news-{n}")
    scope = models.Scope.NATIONAL
    published_on = datetime.date(2025, 6, 1)
    summary_es = "Resumen"
    summary_en = "Summary"
    body_es = "<p>Texto de la noticia</p>"
    body_en = "<p>News text</p>"


class EventFactory(PublishedFactory):
    class Meta:
        model = models.Event

    title_es = factory.Sequence(lambda n: f"Taller {n}")
    title_en = factory.Sequence(lambda n: f"Workshop {n}")
    slug_es = factory.Sequence(lambda n: f"taller-{n}")
    slug_en = factory.Sequence(lambda n: f"workshop-{n}")
    kind = models.Event.Kind.WORKSHOP
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    region = models.PeruRegion.TACNA
    venue = "Auditorio regional"
    cooperating_source = "OIM"
    summary_es = "Resumen del taller"
    summary_en = "Workshop summary"


class NormFactory(PublishedFactory):
    class Meta:
        model = models.Norm

    scope = models.Scope.NATIONAL
    kind = models.Norm.Kind.LAW
    number = factory.Sequence(lambda n: f"Ley N.° {30000 + n}")
    title_es = factory.Sequence(lambda n: f"Ley de prueba {n}")
    title_en = factory.Sequence(lambda n: f"Test law {n}")
    issued_on = datetime.date(2013, 4, 30)


class StudyFactory(PublishedFactory):
    class Meta:
        model = models.Study

    title_es = factory.Sequence(lambda n: f"Estudio {n}")
    title_en = factory.Sequence(lambda n: f"Study {n}")
    authors = "INEI, OIM"
    year = 2012
    topic = models.Study.Topic.EMIGRATION


class LinkFactory(PublishedFactory):
    class Meta:
        model = models.Link

    category = models.Link.Category.PUBLIC
    name_es = factory.Sequence(lambda n: f"Enlace {n}")
    name_en = factory.Sequence(lambda n: f"Link {n}")
    url = "https://www.gob.pe/"


class VideoFactory(PublishedFactory):
    class Meta:
        model = models.Video

    title_es = factory.Sequence(lambda n: f"Video {n}")
    title_en = factory.Sequence(lambda n: f"Video {n}")
    provider = models.Video.Provider.YOUTUBE
    video_id = "dQw4w9WgXcQ"
    description_es = "<p>Transcripción</p>"
    description_en = "<p>Transcript</p>"


class ContestFactory(PublishedFactory):
    class Meta:
        model = models.Contest

    title_es = factory.Sequence(lambda n: f"Concurso {n}")
    title_en = factory.Sequence(lambda n: f"Contest {n}")
    opens_on = datetime.date(2026, 1, 1)
    closes_on = datetime.date(2026, 3, 31)
    rules_es = "<p>Bases</p>"
    rules_en = "<p>Rules</p>"


class FaqFactory(PublishedFactory):
    class Meta:
        model = models.Faq

    question_es = factory.Sequence(lambda n: f"¿Pregunta {n}?")
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    answer_es = "<p>Respuesta</p>"
    answer_en = "<p>Answer</p>"


class PublicationFactory(PublishedFactory):
    class Meta:
        model = models.Publication

    title_es = factory.Sequence(lambda n: f"Guía {n}")
    title_en = factory.Sequence(lambda n: f"Guide {n}")
    kind = models.Publication.Kind.GUIDE
    file = factory.django.FileField(filename="guia.pdf", data=b"%PDF-1.4\n%%EOF\n")
    file_size = 15


class InfoPageFactory(PublishedFactory):
    class Meta:
        model = models.InfoPage
        django_get_or_create = ("key",)

    key = "sivitma"
    slug_es = "sivitma"
    slug_en = "sivitma"
    title_es = "SIVITMA"
    title_en = "SIVITMA"
    body_es = "<p>Registro virtual de contratos</p>"
    body_en = "<p>Online registration of contracts</p>"
