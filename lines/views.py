from django.db.models import Count, Prefetch
from django.views.generic import DetailView, ListView
from django_countries.fields import Country

from infomigra.views import (
    FilteredListView,
    PortalPage,
    PublishedContentMixin,
    TakeAlongMixin,
    TranslatedSlugMixin,
)

from .filters import InstitutionFilter
from .models import (
    ActionLine,
    Agreement,
    CountryGuide,
    GuideChapter,
    Indicator,
    Institution,
    Programme,
    Section,
)


class LineDetailView(TranslatedSlugMixin, DetailView):
    model = ActionLine
    template_name = "lines/line_detail.html"
    portal_component = "line"

    def refine_queryset(self, queryset):
        return queryset.with_sections()

    def get_portal_page(self):
        number = self.object.number
        return PortalPage(component=self.portal_component, line=number, content=f"line:{number}")

    def get_context_data(self, **kwargs):
        return super().get_context_data(current_line=self.object, **kwargs)


def component_context(component):
    """The structured content a section shows after its text, fetched in one or two queries."""
    Component = Section.Component
    if component == Component.WORK_PERMITS:
        chapters = GuideChapter.objects.filter(kind=GuideChapter.Kind.WORK_PERMIT)
        return {
            "guides": CountryGuide.objects.published().prefetch_related(
                Prefetch("chapters", queryset=chapters, to_attr="work_permit_chapters")
            )
        }
    if component == Component.GUIDES:
        return {"guides": CountryGuide.objects.published()}
    if component == Component.INDICATORS:
        return {"indicators": Indicator.objects.published().with_values()}
    if component == Component.AGREEMENTS:
        return {"agreements": Agreement.objects.published()}
    if component == Component.INSTITUTIONS:
        counts = (
            Institution.objects.published()
            .values("country")
            .annotate(total=Count("pk"))
            .order_by("-total", "country")
        )
        return {
            "institution_countries": [
                {"country": Country(code=row["country"]), "total": row["total"]} for row in counts
            ]
        }
    return {}


class SectionDetailView(TranslatedSlugMixin, DetailView):
    model = Section
    portal_component = "line"  # a section's visits count for its line

    def get_portal_page(self):
        section = self.object
        return PortalPage(
            component=self.portal_component,
            line=section.line.number,
            content=f"section:{section.pk}",
        )

    def refine_queryset(self, queryset):
        return (
            queryset.filter(
                line__in=ActionLine.objects.visible_to(self.request.user).by_slug(
                    self.kwargs["line_slug"]
                )
            )
            .select_related("line")
            .prefetch_related(
                "sources",
                Prefetch(
                    "programmes",
                    queryset=Programme.objects.published(within_parent=True),
                    to_attr="public_programmes",
                ),
                Prefetch(
                    "line__sections",
                    queryset=Section.objects.published(within_parent=True),
                    to_attr="public_sections",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        siblings = self.object.line.public_sections
        index = next((i for i, s in enumerate(siblings) if s.pk == self.object.pk), None)
        if index is not None:  # a draft seen in preview has no neighbours
            context["previous_section"] = siblings[index - 1] if index > 0 else None
            context["next_section"] = siblings[index + 1] if index + 1 < len(siblings) else None
        context["current_line"] = self.object.line
        context.update(component_context(self.object.component))
        return context


class GuideListView(PublishedContentMixin, ListView):
    model = CountryGuide
    template_name = "lines/guide_list.html"
    context_object_name = "guides"
    portal_component = "guides"


class GuideDetailView(TranslatedSlugMixin, DetailView):
    model = CountryGuide
    template_name = "lines/guide_detail.html"
    context_object_name = "guide"
    portal_component = "guides"

    def refine_queryset(self, queryset):
        return queryset.with_chapters()

    def get_portal_page(self):
        return PortalPage(component=self.portal_component, content=f"guide:{self.object.country}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        country = self.object.country.code
        context["institutions"] = Institution.objects.published().for_country(country)
        context["agreements"] = Agreement.objects.published().for_country(country)
        return context


class GuideTakeAlongView(TakeAlongMixin, GuideDetailView):
    """The whole guide to print or to keep as a PDF."""

    template_name = "lines/guide_print.html"
    url_names = {"print": "lines:guide_print", "pdf": "lines:guide_pdf"}

    def version_date(self):
        guide = self.object
        return max([guide.updated_at, *(chapter.updated_at for chapter in guide.chapters.all())])


class LineTakeAlongView(TakeAlongMixin, LineDetailView):
    """A whole action line, every section written out, to print or to keep as a PDF."""

    template_name = "lines/line_print.html"
    context_object_name = "line"
    url_names = {"print": "lines:line_print", "pdf": "lines:line_pdf"}

    def refine_queryset(self, queryset):
        return queryset.with_sections().prefetch_related(
            "public_sections__sources",
            Prefetch(
                "public_sections__programmes",
                queryset=Programme.objects.published(within_parent=True),
                to_attr="public_programmes",
            ),
        )

    def version_date(self):
        line = self.object
        return max([line.updated_at, *(section.updated_at for section in line.public_sections)])


class InstitutionListView(FilteredListView):
    model = Institution
    filterset_class = InstitutionFilter
    context_object_name = "institutions"
    paginate_by = 20
    portal_component = "institutions"
