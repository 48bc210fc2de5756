from django.db import migrations

from infomigra.models import refresh_fingerprints


def refresh(apps, schema_editor):
    """Translation fingerprints are now computed from what the text says, not its markup."""
    refresh_fingerprints(apps, "complementary")


class Migration(migrations.Migration):
    dependencies = [("complementary", "0005_norm_gazette_reference")]

    operations = [migrations.RunPython(refresh, migrations.RunPython.noop)]
