from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    roles.grant_model_permissions(apps, group_name=roles.EDITORS, app_label="tools")


class Migration(migrations.Migration):
    dependencies = [
        ("tools", "0001_initial"),
        ("infomigra", "0001_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
