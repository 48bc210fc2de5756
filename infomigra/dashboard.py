"""The staff dashboard on the admin index: what needs attention, for what the user may see.

Each app registers functions `panels(request)` in `infomigra.registry.dashboard_panels` from its
`portal.py`; this module gives the editorial panels (reviews due, translations, scheduled
publication, feedback), which cover every `Editorial` model of every app."""

import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Q, Value, When
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import links, registry
from .models import (
    Editorial,
    OutsideLink,
    PageFeedback,
    Publishable,
    SearchMiss,
    SearchSynonym,
    Status,
    TranslationStatus,
    WorkingCopy,
    review_due_condition,
)


def all_panels(request):
    """The registered panels, in app order."""
    return [panel for panels in registry.dashboard_panels for panel in panels(request)]


def _changelist(model, query=""):
    opts = model._meta
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    except NoReverseMatch:
        return None
    return f"{url}?{query}" if query else url


def panels(request):
    user = request.user
    today = timezone.localdate()
    now = timezone.now()
    rows = []
    pending = dict(WorkingCopy.objects.open().order_by().values_list("content_type")
                   .annotate(count=Count("pk")))  # fmt: skip
    for model in apps.get_models():
        if not issubclass(model, Editorial):
            continue
        opts = model._meta
        if not user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            continue
        counts = {  # a guide or a line counts by the worst of itself and its parts
            "due": Count("pk", filter=review_due_condition(today)),
            "missing": Count("pk", filter=model.translation_condition(TranslationStatus.MISSING)),
            "outdated": Count("pk", filter=model.translation_condition(TranslationStatus.OUTDATED)),
        }
        if issubclass(model, Publishable):
            counts["scheduled"] = Count("pk", filter=model.scheduled_condition(now))
            counts["drafts"] = Count("pk", filter=Q(status=Status.DRAFT))
        totals = model._default_manager.aggregate(**counts)
        key = "traduccion" if model.translation_parts else "translation_status__exact"
        content_type = ContentType.objects.get_for_model(model)  # cached: no query
        totals["pending"] = pending.get(content_type.pk, 0)
        if not any(totals.values()):
            continue
        rows.append(
            {
                "name": opts.verbose_name_plural,
                "due": totals["due"],
                "due_url": _changelist(model, "review=due"),
                "missing": totals["missing"],
                "missing_url": _changelist(model, f"{key}={TranslationStatus.MISSING}"),
                "outdated": totals["outdated"],
                "outdated_url": _changelist(model, f"{key}={TranslationStatus.OUTDATED}"),
                "scheduled": totals.get("scheduled", 0),
                "drafts": totals.get("drafts", 0),
                "drafts_url": _changelist(model, f"status__exact={Status.DRAFT}"),
                "pending": totals["pending"],
                "pending_url": _changelist(
                    WorkingCopy, f"content_type__id__exact={content_type.pk}"
                ),
            }
        )
    result = []
    if any(
        user.has_perm(f"{m._meta.app_label}.change_{m._meta.model_name}")
        for m in apps.get_models()
        if issubclass(m, Editorial)
    ):
        result.append(
            {
                "title": _("Contenido: revisiones, traducciones y publicación"),
                "template": "admin/infomigra/panel_content.html",
                "rows": rows,
            }
        )
    if any(
        user.has_perm(f"{m._meta.app_label}.change_{m._meta.model_name}")
        for m in apps.get_models()
        if issubclass(m, Editorial)
    ):
        result.append(_links_panel(user))
    if user.has_perm("infomigra.view_searchmiss"):
        since = timezone.now() - datetime.timedelta(days=90)
        result.append(
            {
                "title": _("Lo que buscan y no encuentran"),
                "template": "admin/infomigra/panel_search_misses.html",
                "misses": list(SearchMiss.objects.filter(last_seen__gte=since)[:12]),
                "url": _changelist(SearchMiss),
                "synonyms_url": _changelist(SearchSynonym)
                if user.has_perm("infomigra.add_searchsynonym")
                else None,
            }
        )
    if user.has_perm("infomigra.view_pagefeedback"):
        result.append(
            {
                "title": _("Opiniones recientes de los visitantes"),
                "template": "admin/infomigra/panel_feedback.html",
                "feedback": list(PageFeedback.objects.all()[:8]),
                "url": _changelist(PageFeedback),
            }
        )
    return result


LINKS_SHOWN = 25


def _links_panel(user):
    """Outside links that fail or lead nowhere useful, with the items that use them (linked to
    their admin page where the user may change them); `manage.py links_check` fills it."""
    serious_first = Case(
        When(state__in=OutsideLink.PROBLEMS, then=Value(0)), default=Value(1)
    )  # fmt: skip
    problems = OutsideLink.objects.exclude(state=OutsideLink.State.OK).order_by(
        serious_first, "state", "url"
    )
    checked = OutsideLink.objects.order_by("-checked_at").values_list("checked_at", flat=True)
    rows = []
    for link in problems[:LINKS_SHOWN]:
        uses = [
            {
                **links.describe(use),
                "admin_url": use["admin_url"]
                if user.has_perm(f"{use['app_label']}.change_{use['model_name']}")
                else "",
            }
            for use in link.uses
        ]
        rows.append({"link": link, "uses": uses, "serious": link.state in OutsideLink.PROBLEMS})
    return {
        "title": _("Enlaces externos que fallan o no llevan al trámite"),
        "template": "admin/infomigra/panel_links.html",
        "rows": rows,
        "total": problems.count(),
        "shown": LINKS_SHOWN,
        "checked_at": checked.first(),
        "url": _changelist(OutsideLink) if user.has_perm("infomigra.view_outsidelink") else None,
    }
