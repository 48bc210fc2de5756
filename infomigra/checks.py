"""System checks of the deployment."""

from django.conf import settings
from django.core import checks

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.caches, deploy=True)  # production only: `check --deploy`
def shared_cache_check(app_configs, **kwargs):
    """With DEBUG off the default cache must be shared by every worker: it counts the form rate
    limits and the failed sign-ins, and a per-process cache would let every worker count its own
    (or, for the dummy cache, nothing)."""
    if settings.DEBUG:
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PER_PROCESS_CACHES:
        return []
    return [
        checks.Error(
            f"The default cache ({backend}) is per process while DEBUG is off.",
            hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/1) so that every worker shares "
            "the rate-limit and sign-in counters.",
            id="infomigra.E001",
        )
    ]
