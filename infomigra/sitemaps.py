"""sitemap.xml: every public page in both languages, with hreflang alternates. Each app
declares its sections in its `portal.py` (`infomigra.registry.sitemap_sections`)."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.urls import reverse

from . import registry


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(BilingualSitemap):
    """Pages without an object of their own (lists, the home page), by URL name."""

    changefreq = "weekly"

    def __init__(self, *url_names):
        self.url_names = url_names

    def items(self):
        return list(self.url_names)

    def location(self, item):
        return reverse(item)


class ContentSitemap(BilingualSitemap):
    """The public objects of one model (its `published()`), with their last change."""

    def __init__(self, model, *, select_related=()):
        self.model = model
        self.select_related = select_related

    def items(self):
        queryset = self.model._default_manager.published().order_by("pk")
        return queryset.select_related(*self.select_related) if self.select_related else queryset

    def lastmod(self, item):
        return item.updated_at


def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps=dict(registry.sitemap_sections.items()))
