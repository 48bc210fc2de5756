from django.db import migrations

from infomigra import roles

STAFF_MODELS = [
    "contactmessage", "reply", "outboundemail", "attention", "migrantvoice", "returneeregistration",
]  # fmt: skip


def grant(apps, schema_editor):
    # Atención: messages, replies, e-mails, attentions, moderation, registrations.
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="contact", models=STAFF_MODELS
    )
    # Service points are public content, kept by the editors (Atención may read them).
    roles.grant_model_permissions(
        apps, group_name=roles.EDITORS, app_label="contact", models=["servicepoint"]
    )
    roles.grant_model_permissions(
        apps, group_name=roles.ATTENTION, app_label="contact", models=["servicepoint"],
        actions=("view",),
    )  # fmt: skip


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("infomigra", "0001_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
