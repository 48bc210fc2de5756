from django import template

from contact.models import MigrantVoice, ServicePoint

register = template.Library()


@register.inclusion_tag("contact/includes/_voices.html")
def approved_voices(limit=20):
    """The approved migrant-voice texts for line 3 (one query)."""
    voices = MigrantVoice.objects.filter(status=MigrantVoice.Status.APPROVED)[:limit]
    return {"voices": list(voices)}


@register.simple_tag
def footer_service_points():
    return list(ServicePoint.objects.published().filter(in_footer=True))
