import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infomigra.settings")

application = get_wsgi_application()

# The web process refuses to start without a secret key (DEBUG off and no DJANGO_SECRET_KEY:
# the settings leave it empty), rather than failing at the first login.
try:
    settings.SECRET_KEY  # noqa: B018
except ImproperlyConfigured as error:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.") from error
