from django.utils.functional import SimpleLazyObject

from .models import InfoPage


def _panel_page_urls():
    return {
        page.key.replace("-", "_"): page.get_absolute_url()  # a name templates can read
        for page in InfoPage.objects.published().only("key", "slug", "slug_es", "slug_en")
    }


def panel_pages(request):
    """The panel's service pages (SIVITMA, Retorno Productivo) by their fixed key, with the
    address in the page's language: the footer links to it directly instead of through the key,
    which answers with a redirect. One query, only when a page shows the panel's links."""
    return {"panel_pages": SimpleLazyObject(_panel_page_urls)}
