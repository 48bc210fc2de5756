from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from .i18n import alternate_urls


def site(request):
    """What every page shows: the language switch (a view with an object replaces it with the
    object's own URLs) and the contact channels."""
    path = request.path
    return {
        "alternates": SimpleLazyObject(lambda: alternate_urls(path=path)),
        "contact_email": settings.INFOMIGRA_CONTACT_EMAIL,
        "current_language": get_language(),
    }
