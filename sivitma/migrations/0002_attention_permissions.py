from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    # Atención keeps the register: reads and decides registrations (borderline cases,
    # annulment, a worker's data) and keeps the minimum wage table up to date. The directorate
    # sees the register's figures in the monthly report.
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="sivitma", models=["registration"],
        actions=("change", "delete", "view"),
    )  # fmt: skip
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="sivitma", models=["minimumwage"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sivitma", "0001_initial"),
        ("infomigra", "0001_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
