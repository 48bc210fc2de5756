from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Status


class PublishableAdminMixin:
    """Status filter and publish/unpublish actions for every publishable model."""

    actions = ["publish", "unpublish"]

    def get_list_filter(self, request):
        filters = tuple(super().get_list_filter(request))
        return filters if "status" in filters else (*filters, "status")

    @admin.action(description=_("Publicar los elementos seleccionados"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Status.PUBLISHED)

    @admin.action(
        description=_("Pasar a borrador los elementos seleccionados"), permissions=["change"]
    )
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Status.DRAFT)

    def _set_status(self, request, queryset, status):
        count = queryset.update(status=status)
        self.message_user(
            request,
            ngettext("%(count)d elemento actualizado.", "%(count)d elementos actualizados.", count)
            % {"count": count},
            messages.SUCCESS,
        )
