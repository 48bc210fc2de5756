"""The in-person service points of the demo (Directiva §5.5): the windows at the Ministry of
Labour in Lima and at the Superintendencia Nacional de Migraciones (formerly DIGEMIN)."""

from django.db import transaction

from infomigra.demo_loading import published, translated

from .models import ServicePoint

POINTS = [
    {
        "name": {"es": "Ventanilla Perú InfoMigra – Ministerio de Trabajo", "en": "Perú InfoMigra desk – Ministry of Labour"},
        "kind": "mtpe", "address": "Av. Salaverry 655, Jesús María", "city": "Lima",
        "region": "lima-metropolitana",
        "opening_hours": {"es": "Lunes a viernes, en el horario de atención al público del Ministerio", "en": "Monday to Friday, during the Ministry's public opening hours"},
        "services": {"es": "Orientación sobre trabajar en el extranjero, el retorno y el trabajo de extranjeros en el Perú; registro en la Plataforma para el Retorno Productivo.", "en": "Guidance on working abroad, returning, and foreigners working in Peru; registration on the Productive Return Platform."},
        "in_footer": True,
    },
    {
        "name": {"es": "Módulo Perú InfoMigra – Superintendencia Nacional de Migraciones", "en": "Perú InfoMigra desk – National Superintendency of Migration"},
        "kind": "migration", "address": "Av. España 734, Breña", "city": "Lima",
        "region": "lima-metropolitana",
        "opening_hours": {"es": "Lunes a viernes, en el horario de atención de la sede", "en": "Monday to Friday, during the office's opening hours"},
        "services": {"es": "Orientación a quienes tramitan su pasaporte o su calidad migratoria: migración regular, derechos laborales y trámites para trabajar en el Perú.", "en": "Guidance for people applying for a passport or an immigration status: regular migration, labour rights and procedures to work in Peru."},
        "in_footer": False,
    },
]  # fmt: skip


@transaction.atomic
def load():
    if ServicePoint.objects.exists():
        return "contact: service points present, nothing loaded"
    for order, data in enumerate(POINTS, start=1):
        ServicePoint.objects.create(
            **translated("name", data["name"]),
            **translated("opening_hours", data["opening_hours"]),
            **translated("services", data["services"]),
            kind=data["kind"],
            address=data["address"],
            city=data["city"],
            region=data["region"],
            in_footer=data["in_footer"],
            **published(order),
        )
    return f"contact: {ServicePoint.objects.count()} service points"
