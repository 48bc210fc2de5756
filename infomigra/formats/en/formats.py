# The English pages are written in British English ("labour", "programme"): dates follow
# (2 December 2026, 02/12/2026), not Django's US defaults for "en".
from django.conf.locale.en_GB.formats import *  # noqa: F403
