"""What `contact` contributes to the whole site (see `infomigra.registry`): its portal
components, dashboard panel, demo content, the migrant voices a line page shows and the service
points of the footer."""

from django.utils.translation import gettext_lazy as _

from infomigra import registry

from . import dashboard, demo
from .models import MigrantVoice, ServicePoint

registry.components.register("contact", _("Contacto y puntos de atención"))
registry.components.register("productive_return", _("Retorno productivo"))
registry.components.register("migrant_voice", _("La voz del migrante"))


def _approved_voices(limit=20):
    """The approved migrant-voice texts (one query), for the section that shows them."""
    voices = MigrantVoice.objects.filter(status=MigrantVoice.Status.APPROVED)[:limit]
    return {"voices": list(voices)}


def _footer_points():
    return {"points": list(ServicePoint.objects.published().filter(in_footer=True))}


registry.slots.register(
    "migrant_voice",
    registry.Fragment("contact/includes/_migrant_voice.html", _approved_voices),
)
registry.slots.register(
    "footer", registry.Fragment("contact/includes/_footer_points.html", _footer_points)
)
registry.dashboard_panels.register(dashboard.panels)
registry.demo_loaders.register(demo.load)
