"""pg_trgm, for "did you mean" on PostgreSQL (infomigra.search.suggestion). A no-op on other
databases, which use Python's difflib instead."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("infomigra", "0007_search_synonyms_and_misses")]

    operations = [TrigramExtension()]
