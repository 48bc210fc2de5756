from django.db import migrations

from infomigra import roles


def grant(apps, schema_editor):
    # Atención reads what the mailbox brought in, the unfiled mails included (and may delete
    # one, e.g. for a Ley 29733 request).
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="contact", models=["inboundmail"],
        actions=("view", "delete"),
    )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [("contact", "0009_mailbox"), ("infomigra", "0001_staff_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
