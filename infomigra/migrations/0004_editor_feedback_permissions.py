from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    # Editors read (and may delete) what visitors say about the pages.
    roles.grant_model_permissions(
        apps, group_name=roles.EDITORS, app_label="infomigra", actions=("view", "delete")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("infomigra", "0003_page_feedback"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
