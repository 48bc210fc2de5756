from django.db import migrations

from infomigra.models import refresh_fingerprints


def refresh(apps, schema_editor):
    """Translation fingerprints are now computed from what the text says, not its markup."""
    refresh_fingerprints(apps, "lines")


class Migration(migrations.Migration):
    dependencies = [("lines", "0007_section_procedure_url")]

    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
