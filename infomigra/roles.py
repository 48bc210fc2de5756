"""The three staff groups. Each app grants its permissions to them in a data migration."""

EDITORS = "Editores"  # public content
ATTENTION = "Atención"  # messages and attentions
DIRECTORATE = "Dirección"  # reports, read-only

ALL = (EDITORS, ATTENTION, DIRECTORATE)


def grant_model_permissions(
    apps, *, group_name, app_label, actions=("add", "change", "delete", "view"), models=None
):
    """Give `group_name` the `actions` permissions on every model of `app_label` (or only on
    the model names listed in `models`).

    For data migrations: permissions are normally created after migrating, so create them first.
    """
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    codenames = [
        f"{action}_{model._meta.model_name}"
        for model in app_config.get_models()
        if models is None or model._meta.model_name in models
        for action in actions
    ]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
