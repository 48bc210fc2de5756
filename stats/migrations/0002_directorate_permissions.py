from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    # Dirección reads the report; it edits nothing.
    roles.grant_model_permissions(
        apps, group_name=roles.DIRECTORATE, app_label="stats", models=[], actions=()
    )  # creates the app's permissions, custom ones included
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name=roles.DIRECTORATE).permissions.add(
        Permission.objects.get(content_type__app_label="stats", codename="view_report")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("infomigra", "0001_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
