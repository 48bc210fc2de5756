from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from infomigra.admin import ContentAdmin

from . import models


@admin.register(models.Step)
class StepAdmin(ContentAdmin):
    list_display = ("title", "line", "guide", "order", "window", "to_verify")
    list_display_links = ("title",)
    list_editable = ("order",)
    list_filter = ("line", "guide", "to_verify")
    list_select_related = ("line", "guide")
    search_fields = ("title", "body", "documents")
    fields = ("line", "guide", "title", "body", "documents", "place",
              ("official_url", "official_label"), "cost", "duration", "warning",
              ("if_offer", "if_family", "if_regulated"), ("opens_days", "closes_days"),
              "to_verify")  # fmt: skip

    @admin.display(description=_("fechas"))
    def window(self, obj):
        if obj.opens_days is None and obj.closes_days is None:
            return "—"
        return _("de %(opens)s a %(closes)s días") % {
            "opens": "…" if obj.opens_days is None else obj.opens_days,
            "closes": "…" if obj.closes_days is None else obj.closes_days,
        }


@admin.register(models.WarningSign)
class WarningSignAdmin(ContentAdmin):
    list_display = ("sign", "question", "order", "to_verify")
    list_editable = ("order",)
    list_filter = ("to_verify",)
    search_fields = ("sign", "question", "why")
    fields = ("key", "question", "sign", "why", ("check_url", "check_label"), "to_verify")
