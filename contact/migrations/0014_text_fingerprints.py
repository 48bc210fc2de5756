from django.db import migrations

from infomigra.models import refresh_fingerprints


def refresh(apps, schema_editor):
    """Translation fingerprints are now computed from what the text says, not its markup."""
    refresh_fingerprints(apps, "contact")


class Migration(migrations.Migration):
    dependencies = [("contact", "0013_submission_key")]

    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
