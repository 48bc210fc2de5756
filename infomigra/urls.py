from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("Perú InfoMigra — administración")
admin.site.site_title = _("Perú InfoMigra")
admin.site.index_title = _("Contenido y atención")

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page declares.
    path("favicon.ico", views.favicon),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("", include("lines.urls")),
    prefix_default_language=True,
)
handler500 = "infomigra.views.server_error"
