import contextlib
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import CreateView, TemplateView

from infomigra import ratelimit
from infomigra.views import FilteredListView, PortalPageMixin
from lines.models import ActionLine

from . import services
from .filters import ServicePointFilter
from .models import ReferenceMixin, ServicePoint

RATE_LIMIT = "5/10m"  # per client and form (django-ratelimit's notation)
TOPIC_LENGTH = 150  # of a page title handed to the contact form (`?tema=`)


class PublicFormView(PortalPageMixin, CreateView):
    """A public form, configured in the URLconf by its form, its service and its "sent" page:
    invalid input shows the form again with its errors (400); a bot that fills the honeypot is
    told it worked; a client sending too often is refused (429); nothing is stored in either
    case. Once stored, the visitor goes to `done_url_name`, with the reference to keep when
    the model gives one."""

    submit = None  # the service that stores the form: submit(*, data, language) -> object
    scope = ""  # of the rate limit
    done_url_name = ""

    def get_initial(self):
        """A link can fill in what the visitor asks about: `?linea=2` chooses the action line and
        `?tema=…` (the page they came from) starts the message; anything else is ignored."""
        initial = super().get_initial()
        fields = self.get_form_class().base_fields
        number = self.request.GET.get("linea", "")
        if "line" in fields and number.isdigit() and len(number) < 3:
            line = ActionLine.objects.published().filter(number=int(number)).first()
            if line is not None:
                initial["line"] = line.pk
        topic = " ".join(self.request.GET.get("tema", "").split())[:TOPIC_LENGTH]
        if "message" in fields and topic:
            initial["message"] = _("Sobre «%(topic)s»: ") % {"topic": topic}
        # a tool of the portal opens the form with its topic and the visitor's answers attached
        # (`?consulta=fraud&adjunto=…`), and the return planner opens the returnee registration
        # with what it knows (`?pais=IT&retorno=2027-03-01`); a value the field refuses is left
        # out (the form shows it empty)
        for parameter, name in (("consulta", "topic"), ("adjunto", "attachment"),
                                ("pais", "current_country"), ("retorno", "planned_return"),
                                ("pagina", "item")):  # fmt: skip
            value = self.request.GET.get(parameter, "")[:4000]
            if name in fields and value and not fields[name].widget.is_hidden:
                with contextlib.suppress(ValidationError):
                    initial[name] = fields[name].clean(value)
            elif name in fields and value:
                initial[name] = value  # a signed attachment or a page, checked when sent
        return initial

    @property
    def stored_model(self):
        """The model the form stores (None for a form that is not a model's)."""
        return getattr(getattr(self.get_form_class(), "_meta", None), "model", None)

    @property
    def has_reference(self):
        model = self.stored_model
        return model is not None and issubclass(model, ReferenceMixin)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.stored_model is None:
            kwargs.pop("instance", None)
        return kwargs

    def submit_extra(self):
        """What else the service needs from the request (keyword arguments)."""
        return {}

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def submission_key(self):
        """What makes a second sending of the same form the same submission: the visitor's CSRF
        cookie, the form, the day and every value sent, under a keyed hash (None without a
        cookie)."""
        cookie = self.request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
        if not cookie or not self.has_reference:
            return None
        sent = sorted((name, value) for name, value in self.request.POST.lists()
                      if name != "csrfmiddlewaretoken")  # fmt: skip
        text = json.dumps([cookie, self.scope, timezone.localdate().isoformat(), sent])
        return salted_hmac("contact.submission", text, algorithm="sha256").hexdigest()

    def form_valid(self, form):
        if form.is_spam:  # the "sent" page, or the form again where that page needs a reference
            return redirect(self.request.path if self.has_reference else self.get_success_url())
        model = self.stored_model
        key = self.submission_key()
        if key and (earlier := model.objects.filter(submission_key=key).first()):
            self.object = earlier  # sent again: the same reference, nothing stored twice
            return redirect(self.get_success_url())
        if not ratelimit.allow(self.request, scope=self.scope, rate=RATE_LIMIT):
            context = self.get_context_data(form=form, rate_limited=True)
            return self.render_to_response(context, status=429)
        data = {**form.cleaned_data, "submission_key": key} if key else form.cleaned_data
        try:
            self.object = self.submit(data=data, language=get_language(), **self.submit_extra())
        except IntegrityError:  # the same submission, stored a moment ago by another server
            if not key:
                raise
            self.object = model.objects.get(submission_key=key)
        return redirect(self.get_success_url())

    def get_success_url(self):
        kwargs = {"reference": self.object.reference} if self.has_reference else None
        return reverse(self.done_url_name, kwargs=kwargs)


class SentView(PortalPageMixin, TemplateView):
    """The page after a public form was sent: a title, a heading, a message and, for what the
    `model` stored with a public reference, that reference to keep."""

    template_name = "contact/sent.html"
    model = None
    title = heading = message = ""
    next_steps = ()  # what happens now, step by step
    next_line = None  # the number of the action line to read meanwhile

    def get_context_data(self, **kwargs):
        kwargs["next_steps"] = self.next_steps
        if self.next_line is not None:
            kwargs["next_line"] = (
                ActionLine.objects.published().filter(number=self.next_line).first()
            )
        if self.model is not None:
            kwargs["reference"] = get_object_or_404(
                self.model, reference=self.kwargs["reference"]
            ).reference
        return super().get_context_data(
            title=self.title, heading=self.heading, message=self.message, **kwargs
        )


class PrivacyView(PortalPageMixin, TemplateView):
    template_name = "contact/privacy.html"
    portal_component = "contact"

    def get_context_data(self, **kwargs):
        return super().get_context_data(retention_days=settings.CONTACT_RETENTION_DAYS, **kwargs)


class ServicePointListView(FilteredListView):
    """The in-person service points, by region (§5.5: Lima, Callao and the regions)."""

    model = ServicePoint
    filterset_class = ServicePointFilter
    template_name = "contact/service_points.html"
    context_object_name = "points"
    paginate_by = 50
    portal_component = "contact"

    def refine_queryset(self, queryset):
        return queryset.order_by("region", "order", "name")


def attention_quick_entry_moved(request):
    """The window's quick entry lives in the admin now; old bookmarks land there."""
    query = request.META.get("QUERY_STRING", "")
    target = reverse("admin:contact_attention_quick")
    return redirect(f"{target}?{query}" if query else target, permanent=True)


class SubscribeView(PublicFormView):
    """Subscribe to a guide's or a line's significant changes: a public form like the others
    (not a model's: the service finds or makes the subscription), then "check your e-mail"
    whatever the address, so nobody learns who subscribed."""

    def submit_extra(self):
        return {"base_url": self.request.build_absolute_uri("/")}


class SubscriptionTokenView(PortalPageMixin, TemplateView):
    """A link from an e-mail: the page asks for the click (a mail scanner that opens links
    confirms nothing), the POST acts. `action` is confirm or cancel; cancel also takes the
    one-click POST mail programs send (RFC 8058), which carries no CSRF token."""

    template_name = "contact/subscription_token.html"
    portal_component = "contact"
    action = "confirm"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(done=False))

    def post(self, request, *args, **kwargs):
        if self.action == "confirm":
            ok = services.subscription_confirm(token=kwargs["token"]) is not None
        else:
            ok = services.subscription_cancel(token=kwargs["token"])
        if not ok and self.action == "confirm":
            return self.render_to_response(self.get_context_data(invalid=True), status=400)
        return self.render_to_response(self.get_context_data(done=True))

    def get_context_data(self, **kwargs):
        return super().get_context_data(action=self.action, **kwargs)
