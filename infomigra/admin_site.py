from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class InfoMigraAdminSite(admin.AdminSite):
    """The admin with the staff dashboard on its index page."""

    site_header = _("Perú InfoMigra — administración")
    site_title = _("Perú InfoMigra")
    index_title = _("Contenido y atención")

    def index(self, request, extra_context=None):
        from .dashboard import all_panels

        extra_context = {**(extra_context or {}), "dashboard_panels": all_panels(request)}
        return super().index(request, extra_context)


class InfoMigraAdminConfig(AdminConfig):
    default_site = "infomigra.admin_site.InfoMigraAdminSite"
