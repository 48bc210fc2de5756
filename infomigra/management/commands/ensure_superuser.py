import os

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the superuser named by DJANGO_SUPERUSER_USERNAME (default 'admin') with "
        "DJANGO_SUPERUSER_PASSWORD, if that password is set and the user does not exist yet."
    )

    def handle(self, *args, **options):
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        if not password:
            self.stdout.write("DJANGO_SUPERUSER_PASSWORD is not set: no superuser created.")
            return
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Superuser {username!r} exists already.")
            return
        User.objects.create_superuser(
            username=username, email=os.environ.get("DJANGO_SUPERUSER_EMAIL", ""), password=password
        )
        self.stdout.write(f"Superuser {username!r} created.")
