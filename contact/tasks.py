"""The contact app's background tasks, run by `manage.py db_worker` (django-tasks)."""

from django_tasks import task

from . import services


@task()
def email_deliver(email_id):
    """Send one stored e-mail (its id only: no personal data in the task queue)."""
    return services.email_deliver(email_id=email_id)
