"""The kernel's demo content: search synonyms, the words people use for what the portal calls
otherwise (the searches reported as finding nothing, issue 15)."""

from django.db import transaction

from .models import SearchSynonym

SYNONYMS = {
    "es": [
        "menaje de casa, menaje, traer mis cosas, mis cosas, equipaje, mudanza",
        "voz del migrante, testimonio, testimonios, mi experiencia, contar mi experiencia",
        "trabajar en el extranjero, trabajar afuera, trabajar fuera, empleo en el exterior",
    ],
    "en": [
        "household goods, belongings, bring my belongings, my things, luggage, moving home",
        "migrant's voice, testimony, testimonies, my story, share my experience",
        "work abroad, working abroad, job abroad, jobs overseas",
    ],
}


@transaction.atomic
def load():
    if SearchSynonym.objects.exists():
        return "search synonyms: present, nothing loaded"
    SearchSynonym.objects.bulk_create(
        SearchSynonym(language=language, expressions=expressions)
        for language, groups in SYNONYMS.items()
        for expressions in groups
    )
    return f"search synonyms: {SearchSynonym.objects.count()} groups"
