"""What `contact` contributes to the whole site (see `infomigra.registry`): its portal
components, dashboard panel, demo content, the migrant voices a line page shows and the service
points of the footer."""

from django.utils.translation import gettext_lazy as _

from infomigra import registry
from infomigra.signals import significant_change

from . import dashboard, demo, services
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


def _subscription(line=None, guide=None, **_ignored):
    """The subscribe box of a guide or line page (no query)."""
    from .forms import SubscribeForm

    return {"item_key": SubscribeForm.key(guide or line)}


for slot in ("guide_page", "line_page"):
    registry.slots.register(
        slot, registry.Fragment("contact/includes/_subscribe.html", _subscription)
    )


def _alert_subscribers(sender, item, note, base_url, **kwargs):
    services.change_alert_send(item=item, note=note, base_url=base_url)


significant_change.connect(_alert_subscribers, dispatch_uid="contact.alert_subscribers")
