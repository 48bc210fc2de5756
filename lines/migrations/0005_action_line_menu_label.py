from django.db import migrations, models

# The words of the main menu for the four lines of §5.4, for lines that exist already
# (editors can change them in the admin).
MENU_LABELS = {
    1: ("Trabajar en el extranjero", "Working abroad"),
    2: ("Volver al Perú", "Returning to Peru"),
    3: ("Peruanos en el exterior", "Peruvians abroad"),
    4: ("Trabajar en el Perú", "Working in Peru"),
}


def fill_menu_labels(apps, schema_editor):
    ActionLine = apps.get_model("lines", "ActionLine")
    for line in ActionLine.objects.filter(menu_label="", number__in=MENU_LABELS):
        es, en = MENU_LABELS[line.number]
        ActionLine.objects.filter(pk=line.pk).update(menu_label=es, menu_label_es=es, menu_label_en=en)


class Migration(migrations.Migration):
    dependencies = [("lines", "0004_unique_slugs_and_public_links")]

    operations = [
        migrations.AddField(
            model_name="actionline",
            name="menu_label",
            field=models.CharField(
                default="",
                help_text="Pocas palabras, las que usaría la persona que busca esta línea (p. ej. «Volver al Perú»); el menú principal las muestra en todas las pantallas.",
                max_length=40,
                verbose_name="nombre en el menú",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="actionline",
            name="menu_label_es",
            field=models.CharField(
                help_text="Pocas palabras, las que usaría la persona que busca esta línea (p. ej. «Volver al Perú»); el menú principal las muestra en todas las pantallas.",
                max_length=40,
                null=True,
                verbose_name="nombre en el menú",
            ),
        ),
        migrations.AddField(
            model_name="actionline",
            name="menu_label_en",
            field=models.CharField(
                help_text="Pocas palabras, las que usaría la persona que busca esta línea (p. ej. «Volver al Perú»); el menú principal las muestra en todas las pantallas.",
                max_length=40,
                null=True,
                verbose_name="nombre en el menú",
            ),
        ),
        migrations.RunPython(fill_menu_labels, migrations.RunPython.noop),
    ]
