from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplementaryConfig(AppConfig):
    name = "complementary"
    verbose_name = _("Panel complementario")
