"""The kernel's background tasks, run by `manage.py db_worker` (django-tasks)."""

from django_tasks import task

from . import services


@task()
def working_copies_publish_due():
    """Publish the working copies whose time has come (enqueued to run at that time)."""
    return services.working_copies_publish_due()
