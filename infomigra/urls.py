from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import home, richtext_upload, sitemaps, views
from .pagecache import cached_publicly

urlpatterns = [
    path("admin/richtext/upload/", richtext_upload.upload_image, name="richtext_upload"),
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", cached_publicly(sitemaps.sitemap), name="sitemap"),
    # Browsers ask for /favicon.ico whatever the page declares.
    path("favicon.ico", views.favicon),
]

urlpatterns += i18n_patterns(
    path("", home.HomeView.as_view(), name="home"),
    path(_("buscar/"), views.SearchView.as_view(), name="search"),
    path(_("opinion/"), views.feedback, name="feedback"),
    path(
        _("cambios/<str:model>/<int:pk>/"), views.ChangeHistoryView.as_view(), name="change_history"
    ),  # fmt: skip
    path("", include("lines.urls")),
    path("", include("complementary.urls")),
    path("", include("contact.urls")),
    path("", include("sivitma.urls")),
    path("", include("stats.urls")),
    path("", include("tools.urls")),
    prefix_default_language=True,
)
handler500 = "infomigra.views.server_error"

if settings.DEBUG:  # development only; in production the web server serves MEDIA_ROOT
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
