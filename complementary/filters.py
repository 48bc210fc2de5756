import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Event, NewsItem, Norm, PeruRegion, Scope, Study


def year_choices(queryset, field):
    """The years that have items, newest first (one query)."""
    return [(str(d.year), d.year) for d in queryset.dates(field, "year", order="DESC")]


class NewsFilter(django_filters.FilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Año"), field_name="published_on", lookup_expr="year",
        empty_label=_("Todos los años"),
    )  # fmt: skip
    scope = django_filters.ChoiceFilter(
        label=_("Ámbito"), choices=Scope.choices, empty_label=_("Nacional e internacional")
    )

    class Meta:
        model = NewsItem
        fields = ["year", "scope"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = year_choices(self.queryset, "published_on")


class EventFilter(django_filters.FilterSet):
    when = django_filters.ChoiceFilter(
        label=_("Cuándo"),
        choices=[("upcoming", _("Próximos")), ("past", _("Realizados"))],
        method="filter_when",
        empty_label=_("Próximos y realizados"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Tipo"), choices=Event.Kind.choices, empty_label=_("Todos los tipos")
    )
    region = django_filters.ChoiceFilter(
        label=_("Región del Perú"), choices=PeruRegion.choices, empty_label=_("Todas las regiones")
    )
    country = django_filters.ChoiceFilter(label=_("País"), empty_label=_("Todos los países"))
    date_from = django_filters.DateFilter(
        label=_("Desde"), field_name="starts_at", lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip
    date_to = django_filters.DateFilter(
        label=_("Hasta"), field_name="starts_at", lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip

    class Meta:
        model = Event
        fields = ["when", "kind", "region", "country", "date_from", "date_to"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = self.queryset.order_by().values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in codes), key=lambda choice: choice[1]
        )

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()


class NormFilter(django_filters.FilterSet):
    scope = django_filters.ChoiceFilter(
        label=_("Ámbito"), choices=Scope.choices, empty_label=_("Nacional e internacional")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Tipo de norma"), choices=Norm.Kind.choices, empty_label=_("Todos los tipos")
    )
    year = django_filters.ChoiceFilter(
        label=_("Año"), field_name="issued_on", lookup_expr="year",
        empty_label=_("Todos los años"),
    )  # fmt: skip

    class Meta:
        model = Norm
        fields = ["scope", "kind", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = year_choices(self.queryset, "issued_on")


class StudyFilter(django_filters.FilterSet):
    year = django_filters.ChoiceFilter(label=_("Año"), empty_label=_("Todos los años"))
    topic = django_filters.ChoiceFilter(
        label=_("Tema"), choices=Study.Topic.choices, empty_label=_("Todos los temas")
    )

    class Meta:
        model = Study
        fields = ["year", "topic"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = self.queryset.order_by("-year").values_list("year", flat=True).distinct()
        self.filters["year"].extra["choices"] = [(str(year), year) for year in years]
