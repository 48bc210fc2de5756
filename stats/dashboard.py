from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def panels(request):
    if not request.user.has_perm("stats.view_report"):
        return []
    return [
        {
            "title": _("Estadísticas"),
            "template": "admin/stats/panel_report.html",
            "url": reverse("stats:report"),
        }
    ]
