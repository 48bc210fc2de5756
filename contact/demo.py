"""The in-person service points of the demo (Directiva §5.5): the windows at the Ministry of
Labour in Lima and at the Superintendencia Nacional de Migraciones (formerly DIGEMIN), and the
regional labour authorities where desks open progressively (§5.5: "Lima, Lima Metropolitana,
Callao y Regiones"; the service "está enlazado con … gobiernos regionales de Ica, Lambayeque,
Ucayali y Piura", seed 000). The seeds name them "Direcciones o Gerencias Regionales de Trabajo
y Promoción del Empleo" and give no address, telephone or hours: those stay empty and each is
flagged `to_verify`, so editors complete them from an official source."""

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

REGIONAL_SERVICES = {
    "es": "Autoridad regional de trabajo. Los módulos de Perú InfoMigra en las regiones se abren de manera progresiva: antes de ir, pregúntanos por el formulario web si este ya atiende.",
    "en": "Regional labour authority. Perú InfoMigra desks in the regions open progressively: before you go, ask us through the web form whether this one is open yet.",
}
REGIONS = [
    ("callao", {"es": "del Callao", "en": "Callao"}),
    ("ica", {"es": "de Ica", "en": "Ica"}),
    ("lambayeque", {"es": "de Lambayeque", "en": "Lambayeque"}),
    ("piura", {"es": "de Piura", "en": "Piura"}),
    ("ucayali", {"es": "de Ucayali", "en": "Ucayali"}),
]
POINTS += [
    {
        "name": {
            "es": f"Dirección o Gerencia Regional de Trabajo y Promoción del Empleo {names['es']}",
            "en": f"Regional Directorate of Labour and Employment Promotion – {names['en']}",
        },
        "kind": "regional", "address": "", "city": "", "region": region,
        "opening_hours": {"es": "", "en": ""},
        "services": REGIONAL_SERVICES,
        "in_footer": False,
        "to_verify": True,
    }
    for region, names in REGIONS
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
            to_verify=data.get("to_verify", False),
            **published(order),
        )
    return f"contact: {ServicePoint.objects.count()} service points"
