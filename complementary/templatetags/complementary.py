from django import template

from complementary.models import Faq, FaqTopic

register = template.Library()


@register.inclusion_tag("complementary/includes/_line_faqs.html")
def line_faqs(line):
    """The published questions of an action line (one query), for its page."""
    return {"faqs": list(Faq.objects.for_line(line)), "topic": FaqTopic(line)}
