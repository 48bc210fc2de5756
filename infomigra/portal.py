"""What the kernel itself contributes: the home and search pages as portal components, and the
editorial dashboard panels (reviews, translations, publication, visitors' feedback)."""

from django.utils.translation import gettext_lazy as _

from . import dashboard, demo, registry, sitemaps

registry.components.register("home", _("Portada"))
registry.components.register("search", _("Buscador"))
registry.components.register("change_history", _("Historial de cambios"))
registry.dashboard_panels.register(dashboard.panels)
registry.sitemap_sections.register("pages", sitemaps.PagesSitemap("home"))
registry.demo_loaders.register(demo.load)
