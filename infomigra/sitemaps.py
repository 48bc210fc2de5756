"""sitemap.xml: every public page in both languages, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from complementary import models as complementary
from lines import models as lines


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "lines:guide_list",
            "lines:institution_list",
            "complementary:news_list",
            "complementary:event_list",
            "complementary:norm_list",
            "complementary:study_list",
            "complementary:link_list",
            "complementary:video_list",
            "complementary:faq_list",
            "complementary:publication_list",
        ]

    def location(self, item):
        return reverse(item)


class ContentSitemap(BilingualSitemap):
    """Published objects of one model, with their last change."""

    def __init__(self, queryset):
        self.queryset = queryset

    def items(self):
        return self.queryset.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "pages": StaticPagesSitemap(),
    "lines": ContentSitemap(lines.ActionLine.objects),
    "sections": ContentSitemap(lines.Section.objects.select_related("line")),
    "guides": ContentSitemap(lines.CountryGuide.objects),
    "news": ContentSitemap(complementary.NewsItem.objects),
    "events": ContentSitemap(complementary.Event.objects),
    "legislation": ContentSitemap(complementary.Norm.objects),
    "studies": ContentSitemap(complementary.Study.objects),
    "videos": ContentSitemap(complementary.Video.objects),
    "contests": ContentSitemap(complementary.Contest.objects),
    "panel": ContentSitemap(complementary.InfoPage.objects),
}
