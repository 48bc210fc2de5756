"""Text-search configurations that ignore accents: Spanish and English stemming after unaccent.
PostgreSQL only; other databases use the portable search (infomigra.search)."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS infomigra_es;
CREATE TEXT SEARCH CONFIGURATION infomigra_es ( COPY = pg_catalog.spanish );
ALTER TEXT SEARCH CONFIGURATION infomigra_es
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
DROP TEXT SEARCH CONFIGURATION IF EXISTS infomigra_en;
CREATE TEXT SEARCH CONFIGURATION infomigra_en ( COPY = pg_catalog.english );
ALTER TEXT SEARCH CONFIGURATION infomigra_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
"""

DROP = """
DROP TEXT SEARCH CONFIGURATION IF EXISTS infomigra_es;
DROP TEXT SEARCH CONFIGURATION IF EXISTS infomigra_en;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("infomigra", "0001_staff_groups")]

    operations = [migrations.RunPython(create, drop)]
