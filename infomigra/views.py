from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import TemplateView
from django.views.generic.detail import SingleObjectMixin
from django_filters.views import FilterView

from . import ratelimit, search, services
from .forms import FeedbackForm
from .i18n import alternate_urls
from .pagecache import keep_private
from .pdf import pdf_response, render_pdf


@dataclass(frozen=True)
class PortalPage:
    """Where a page sits in the portal, for statistics: a component key registered in
    `infomigra.registry.components`, the action line number if any, and a content key
    ("section:12", "guide:ES", "newsitem:3")."""

    component: str = ""
    line: int | None = None
    content: str = ""


class PortalPageMixin:
    """A public page declares the portal component it belongs to; the response carries a
    `PortalPage` that the statistics middleware reads (no URL name lists anywhere)."""

    portal_component = ""

    def get_portal_page(self):
        obj = getattr(self, "object", None)
        content = f"{obj._meta.model_name}:{obj.pk}" if hasattr(obj, "_meta") else ""
        return PortalPage(component=self.portal_component, content=content)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response.portal_page = self.get_portal_page()
        return response


class PublishedContentMixin(PortalPageMixin):
    """The one way a public view reads content: lists show `published()`; a detail page also
    lets staff who may view the model preview what is not public yet (`visible_to`). Views
    declare `model` and, where the template needs more, refine the queryset in
    `refine_queryset()` (select_related, prefetches, ordering)."""

    model = None

    def get_queryset(self):
        manager = self.model._default_manager
        if isinstance(self, SingleObjectMixin):
            queryset = manager.visible_to(self.request.user)
        else:
            queryset = manager.published()
        return self.refine_queryset(queryset)

    def refine_queryset(self, queryset):
        return queryset


class ObjectAlternatesMixin(PublishedContentMixin):
    """Gives the template the URL of the same object in every language (language switch,
    hreflang links) and the object for the page's metadata."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["alternates"] = alternate_urls(obj=self.object)
        context["page_object"] = self.object
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not getattr(
            self.object, "is_live", True
        ):  # a staff preview of a draft or scheduled item
            keep_private(response)
        return response


class FilteredListView(PublishedContentMixin, FilterView):
    """A FilterView of published content that answers 400 when a filter value is invalid; the
    form shows why. Its template is `<app>/<model>_list.html`, like a ListView's."""

    template_name_suffix = "_list"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.filterset.is_bound and not self.filterset.is_valid():
            response.status_code = 400
        return response


class TranslatedSlugMixin(ObjectAlternatesMixin):
    """For DetailViews addressed by a translated slug.

    Finds the object by its slug in the visitor's language (or the Spanish one), sends any other
    address of it (the other language's slug, an old link) to its canonical URL, and gives the
    template the URL of the same object in every language for the language switch.
    """

    slug_url_kwarg = "slug"

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        obj = queryset.by_slug(self.kwargs[self.slug_url_kwarg]).first()
        if obj is None:
            raise Http404
        return obj

    def canonical_url(self):
        return self.object.get_absolute_url()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.canonical_url()
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return redirect(f"{canonical}?{query}" if query else canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))


class TakeAlongMixin:
    """A detail page to take along: its print view (`output = "print"`, a page of its own with
    every part written out, ready for the browser's Print) and its A4 PDF (`"pdf"`), both from
    the same template (``pdf`` is true in the PDF). Put before a `TranslatedSlugMixin` view;
    `url_names` names the two addresses, which take the object's slug. Both count as a visit
    to the page itself and are kept by the page cache like it."""

    output = "print"
    url_names = {"print": "", "pdf": ""}

    def _url(self, output):
        return reverse(self.url_names[output], kwargs={"slug": self.object.slug})

    def canonical_url(self):
        return self._url(self.output)

    def version_date(self):
        """When what is printed last changed."""
        return self.object.updated_at

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            print_url=self._url("print"),
            pdf_url=self._url("pdf"),
            page_url=self.request.build_absolute_uri(self.object.get_absolute_url()),
            version_date=self.version_date(),
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.output == "pdf":
            response = pdf_response(
                render_pdf(self.template_name, context, self.request),
                self.object.slug,
                attachment=False,
            )
            response.portal_page = self.get_portal_page()
            if not getattr(self.object, "is_live", True):
                response["Cache-Control"] = "private, no-store"
        else:
            response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex"  # search engines should send people to the page
        return response


class SearchView(PortalPageMixin, TemplateView):
    """One search page across everything public; an empty or absurd query gets help, not an
    error."""

    template_name = "infomigra/search.html"
    portal_component = "search"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "")[: search.MAX_QUERY_LENGTH].strip()
        context["query"] = query
        context["terms"] = search.terms_of(query)
        language = get_language()
        context["hits"] = search.search(query, language=language) if query else []
        if context["terms"] and not context["hits"]:
            search.record_miss(query, language)
            context["suggestion"] = search.suggestion(query, language)
        return context


def server_error(request):
    """The 500 page: rendered without context processors (the database may be what failed)."""
    from django.conf import settings
    from django.http import HttpResponseServerError
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponseServerError(
        template.render({"contact_email": settings.INFOMIGRA_CONTACT_EMAIL})
    )


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page declares."""
    return redirect(static("img/favicon.svg"), permanent=True)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@csrf_exempt  # anonymous and harmless to forge; exempt so public pages set no cookie
@require_POST
def feedback(request):
    """Store an answer to "Was this page useful?" and go back to the page (no JavaScript)."""
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render(request, "infomigra/feedback.html", {"form": form}, status=400)
    thanks = f"{form.cleaned_data['path']}?{FEEDBACK_THANKS}#feedback"
    if form.is_spam:
        return redirect(thanks)  # the bot is told it worked; nothing is stored
    if not ratelimit.allow(request, scope="feedback", rate="20/h"):
        context = {"form": form, "limited": True}
        return render(request, "infomigra/feedback.html", context, status=429)
    services.feedback_submit(
        path=form.cleaned_data["path"],
        title=form.cleaned_data["title"],
        language=get_language(),
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"].strip(),
    )
    return redirect(thanks)


FEEDBACK_THANKS = "opinion=gracias"


class ChangeHistoryView(PortalPageMixin, TemplateView):
    """A public page's significant changes, newest first, with their notes (GOV.UK's "see all
    updates"). Only for content the public may see."""

    template_name = "infomigra/change_history.html"
    portal_component = "change_history"

    def get_context_data(self, **kwargs):
        from django.apps import apps

        from .models import ChangeNote, Visible

        try:
            model = apps.get_model(kwargs["model"])
        except (LookupError, ValueError):
            raise Http404 from None
        if not issubclass(model, Visible):
            raise Http404
        item = model._default_manager.published().filter(pk=kwargs["pk"]).first()
        if item is None:
            raise Http404
        notes = ChangeNote.objects.for_item(item)
        return super().get_context_data(item=item, notes=notes, **kwargs)
