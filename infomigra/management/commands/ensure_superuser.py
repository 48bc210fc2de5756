import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from infomigra import roles

# One account per staff group, for trying every role in development (`make run`).
DEMO_ACCOUNTS = {
    "editora": roles.EDITORS,
    "atencion": roles.ATTENTION,
    "direccion": roles.DIRECTORATE,
}


class Command(BaseCommand):
    help = (
        "Create the superuser named by DJANGO_SUPERUSER_USERNAME (default 'admin') with "
        "DJANGO_SUPERUSER_PASSWORD, if that password is set and the user does not exist yet. "
        "With --demo-accounts (development only) also one account per staff group — editora "
        "(Editores), atencion (Atención), direccion (Dirección) — with the same password."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-accounts",
            action="store_true",
            help="also create one demo account per staff group (refused when DEBUG is off)",
        )

    def handle(self, *args, demo_accounts=False, **options):
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        if not password:
            self.stdout.write("DJANGO_SUPERUSER_PASSWORD is not set: no superuser created.")
            return
        if demo_accounts and not settings.DEBUG:
            raise CommandError("--demo-accounts is for development only (DEBUG is off).")
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Superuser {username!r} exists already.")
        else:
            User.objects.create_superuser(
                username=username,
                email=os.environ.get("DJANGO_SUPERUSER_EMAIL", ""),
                password=password,
            )
            self.stdout.write(f"Superuser {username!r} created.")
        if demo_accounts:
            for name, group in DEMO_ACCOUNTS.items():
                self._demo_account(User, name, group, password)

    def _demo_account(self, User, name, group_name, password):
        if User.objects.filter(username=name).exists():
            self.stdout.write(f"Demo account {name!r} exists already.")
            return
        user = User.objects.create_user(username=name, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name=group_name))
        self.stdout.write(f"Demo account {name!r} ({group_name}) created.")
