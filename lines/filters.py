import django_filters
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import Institution


class InstitutionFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(label=_("País"), empty_label=_("Todos los países"))
    kind = django_filters.ChoiceFilter(
        label=_("Tipo"), choices=Institution.Kind.choices, empty_label=_("Todos los tipos")
    )

    class Meta:
        model = Institution
        fields = ["country", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the countries the directory has, by their name in the visitor's language.
        codes = self.queryset.order_by().values_list("country", flat=True).distinct()
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in codes), key=lambda choice: choice[1]
        )
