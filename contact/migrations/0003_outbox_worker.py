import django.utils.timezone
from django.db import migrations, models
from django.db.models import Min
from django.utils.crypto import salted_hmac


def recipient_key(address):
    """A copy of `contact.models.recipient_key` as it was when this migration was written."""
    local, _at, domain = address.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in {"gmail.com", "googlemail.com"}:
        local, domain = local.replace(".", ""), "gmail.com"
    return salted_hmac(
        "contact.recipient_key", f"{local}@{domain}", algorithm="sha256"
    ).hexdigest()


def classify(apps, schema_editor):
    """Existing e-mails: a registration's is its confirmation; a message's first e-mail is its
    acknowledgement and the later ones are staff replies."""
    OutboundEmail = apps.get_model("contact", "OutboundEmail")
    OutboundEmail.objects.filter(registration__isnull=False).update(kind="registration")
    firsts = (
        OutboundEmail.objects.filter(contact_message__isnull=False)
        .values("contact_message")
        .annotate(first=Min("pk"))
        .values("first")
    )
    OutboundEmail.objects.filter(contact_message__isnull=False).exclude(pk__in=firsts).update(
        kind="reply"
    )
    for email in OutboundEmail.objects.only("pk", "to").iterator():
        OutboundEmail.objects.filter(pk=email.pk).update(recipient_key=recipient_key(email.to))


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0002_staff_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="outboundemail",
            name="claimed_until",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="outboundemail",
            name="kind",
            field=models.CharField(
                choices=[
                    ("acknowledgement", "Acuse de recibo"),
                    ("registration", "Confirmación de registro"),
                    ("reply", "Respuesta del personal"),
                ],
                default="acknowledgement",
                max_length=20,
                verbose_name="tipo",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="outboundemail",
            name="next_attempt_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="próximo intento"
            ),
        ),
        migrations.AddField(
            model_name="outboundemail",
            name="recipient_key",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="outboundemail",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Pendiente"),
                    ("sent", "Enviado"),
                    ("failed", "Falló (se reintentará)"),
                    ("gave_up", "Falló definitivamente"),
                    ("skipped", "No enviado (límite diario del destinatario)"),
                ],
                db_index=True,
                default="pending",
                max_length=10,
                verbose_name="estado",
            ),
        ),
        migrations.AddIndex(
            model_name="outboundemail",
            index=models.Index(
                fields=["recipient_key", "created_at"], name="contact_email_recipient"
            ),
        ),
        migrations.AddIndex(
            model_name="outboundemail",
            index=models.Index(fields=["status", "next_attempt_at"], name="contact_email_due"),
        ),
        migrations.RunPython(classify, migrations.RunPython.noop, elidable=True),
    ]
