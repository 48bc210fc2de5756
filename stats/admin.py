from django.contrib import admin
from reversion.admin import VersionAdmin

from .models import CorrectiveAction, Observation


class CorrectiveActionInline(admin.StackedInline):
    model = CorrectiveAction
    extra = 1
    fields = ("text", "state", "recorded_by", "updated_at")
    readonly_fields = ("recorded_by", "updated_at")


@admin.register(Observation)
class ObservationAdmin(VersionAdmin):
    """The directorate's observations on the monthly reports and DML's corrective actions,
    with their history (who changed what, and when)."""

    list_display = ("month", "short_text", "recorded_by", "closed_on")
    list_filter = ("closed_on", "month")
    date_hierarchy = "month"
    inlines = [CorrectiveActionInline]
    readonly_fields = ("recorded_by", "created_at")

    @admin.display(description=Observation._meta.get_field("text").verbose_name)
    def short_text(self, observation):
        return observation.text[:100]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.recorded_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for action in formset.save(commit=False):
            if action.recorded_by_id is None:
                action.recorded_by = request.user
            action.save()
        for deleted in formset.deleted_objects:
            deleted.delete()
