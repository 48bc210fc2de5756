import factory

from infomigra.models import Status
from lines.tests.factories import ActionLineFactory
from tools import models


class StepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Step

    line = factory.SubFactory(ActionLineFactory, number=1)
    title_es = factory.Sequence(lambda n: f"Paso {n}")
    title_en = factory.Sequence(lambda n: f"Step {n}")
    body_es = "<p>Qué hacer</p>"
    body_en = "<p>What to do</p>"
    order = factory.Sequence(lambda n: n)
    status = Status.PUBLISHED


class WarningSignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.WarningSign

    key = factory.Sequence(lambda n: f"senal-{n}")
    question_es = factory.Sequence(lambda n: f"¿Pregunta {n}?")
    question_en = factory.Sequence(lambda n: f"Question {n}?")
    sign_es = factory.Sequence(lambda n: f"Señal {n}")
    sign_en = factory.Sequence(lambda n: f"Sign {n}")
    why_es = "Por qué importa"
    why_en = "Why it matters"
    order = factory.Sequence(lambda n: n)
    status = Status.PUBLISHED
