from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    # Dirección makes observations on the report and reads what DML does about them;
    # Atención (DML's staff) records the corrective actions and closes the observations.
    roles.grant_model_permissions(
        apps, group_name=roles.DIRECTORATE, app_label="stats", models=["observation"],
        actions=("add", "view"),
    )  # fmt: skip
    roles.grant_model_permissions(
        apps, group_name=roles.DIRECTORATE, app_label="stats", models=["correctiveaction"],
        actions=("view",),
    )  # fmt: skip
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="stats", models=["observation"],
        actions=("change", "view"),
    )  # fmt: skip
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="stats", models=["correctiveaction"]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0004_observations_and_corrective_actions"),
        ("infomigra", "0001_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
