from django.db import migrations

from infomigra.models import refresh_fingerprints


def refresh(apps, schema_editor):
    """Translation fingerprints are now computed from what the text says, not its markup."""
    refresh_fingerprints(apps, "tools")


class Migration(migrations.Migration):
    dependencies = [("tools", "0002_editor_permissions")]

    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
