from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.generic import TemplateView

from lines.models import ActionLine, CountryGuide

from .i18n import alternate_urls


class TranslatedSlugMixin:
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

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        canonical = self.object.get_absolute_url()
        if request.path != canonical:
            query = request.META.get("QUERY_STRING")
            return redirect(f"{canonical}?{query}" if query else canonical, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["alternates"] = alternate_urls(obj=self.object)
        return context


class HomeView(TemplateView):
    template_name = "infomigra/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lines"] = ActionLine.objects.published().with_sections()
        context["guides"] = CountryGuide.objects.published()
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
