import django_filters
from django.utils.translation import gettext_lazy as _

from complementary.models import PeruRegion

from .models import ServicePoint


class ServicePointFilter(django_filters.FilterSet):
    region = django_filters.ChoiceFilter(
        label=_("Región"), choices=PeruRegion.choices, empty_label=_("Todas las regiones")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Tipo"), choices=ServicePoint.Kind.choices, empty_label=_("Todos los tipos")
    )

    class Meta:
        model = ServicePoint
        fields = ["region", "kind"]
