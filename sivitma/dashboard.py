"""The staff dashboard's SIVITMA panel: the borderline cases waiting for a person."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Registration


def panels(request):
    if not request.user.has_perm("sivitma.change_registration"):
        return []
    url = reverse("admin:sivitma_registration_changelist")
    review = Registration.State.REVIEW
    return [
        {
            "title": _("SIVITMA"),
            "template": "admin/contact/panel_attention.html",
            "rows": [
                {
                    "label": _("Contratos en revisión"),
                    "count": Registration.objects.filter(state=review).count(),
                    "url": f"{url}?state__exact={review}",
                }
            ],
        }
    ]
