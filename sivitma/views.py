"""SIVITMA's public pages: the registration form (a portal page like any other), the private
pages the link opens (never cached, never counted as visits, never sent as a referrer: the
address is the key), the certificate with its PDF and QR code, and the verification page."""

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from infomigra import ratelimit
from infomigra.pdf import pdf_response, render_pdf
from infomigra.views import PortalPageMixin

from . import rules, services
from .forms import EndForm, LinkRequestForm, RegistrationForm, RenewalForm
from .models import Registration

RATE_LIMIT = "5/10m"  # per client, like the other public forms


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


def qr_code_svg(url, label):
    """The verification address as an inline SVG QR code (markup in the page itself: the
    content security policy allows no data: image, and the PDF gets the same markup)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=4)
    svg = image.to_string(encoding="unicode")
    svg = svg[svg.index("<svg") :]  # no XML declaration inside HTML
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" class="qr-code" ', 1)
    return mark_safe(svg)  # noqa: S308 (qrcode's own markup; the label is escaped)


class Private:
    """A page only the private link opens: found by the link's token, or 404. A page that
    changes the registration names its `change`; when the registration's state no longer
    allows it (`Registration.can`), the page sends back to the registration."""

    change = None

    def dispatch(self, request, *args, **kwargs):
        self.registration = Registration.objects.by_token(kwargs["token"]).first()
        if self.registration is None:
            raise Http404
        if self.change and not self.registration.can(self.change):
            response = self.back()
        else:
            response = super().dispatch(request, *args, **kwargs)
        # the address is the key: never sent to another site (and "no-referrer" would make the
        # browser send `Origin: null` with the page's own forms, which CSRF rightly refuses)
        response["Referrer-Policy"] = "same-origin"
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_context_data(self, **kwargs):
        kwargs.setdefault("registration", self.registration)
        kwargs.setdefault("token", self.kwargs["token"])
        kwargs.setdefault(
            "findings", [rules.Finding(code, "") for code in self.registration.findings]
        )
        return super().get_context_data(**kwargs)

    def back(self):
        return redirect("sivitma:manage", token=self.kwargs["token"])


class RegisterView(PortalPageMixin, FormView):
    template_name = "sivitma/register.html"
    form_class = RegistrationForm
    portal_component = "sivitma"

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        if form.is_spam:
            return redirect(self.request.path)
        if not ratelimit.allow(self.request, scope="sivitma", rate=RATE_LIMIT):
            return self.render_to_response(
                self.get_context_data(form=form, rate_limited=True), status=429
            )
        _registration, token = services.registration_submit(
            data=form.cleaned_data, language=get_language(), base_url=_base_url(self.request)
        )
        return redirect("sivitma:manage", token=token)


@method_decorator(never_cache, name="dispatch")
class ManageView(Private, TemplateView):
    template_name = "sivitma/manage.html"


@method_decorator(never_cache, name="dispatch")
class CorrectView(Private, FormView):
    template_name = "sivitma/correct.html"
    form_class = RegistrationForm
    change = "correct"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["instance"] = self.registration
        return kwargs

    def form_invalid(self, form):
        # the form changed the instance in memory: show the stored registration beside it
        self.registration.refresh_from_db()
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != "contract_file" or v}
        services.registration_correct(registration=self.registration, data=data)
        messages.success(
            self.request, _("Guardamos la corrección y volvimos a revisar el registro.")
        )
        return self.back()


class _StepView(Private, FormView):
    """Renew or end: a small form about the registration."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "registration": self.registration}

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


@method_decorator(never_cache, name="dispatch")
class RenewView(_StepView):
    template_name = "sivitma/renew.html"
    form_class = RenewalForm
    change = "renew"

    def get_initial(self):
        return {"monthly_pay": self.registration.monthly_pay}

    def form_valid(self, form):
        services.registration_renew(registration=self.registration, **form.cleaned_data)
        messages.success(
            self.request, _("Registramos la renovación y volvimos a revisar el registro.")
        )
        return self.back()


@method_decorator(never_cache, name="dispatch")
class EndView(_StepView):
    template_name = "sivitma/end.html"
    form_class = EndForm
    change = "end"

    def form_valid(self, form):
        services.registration_end(registration=self.registration, on=form.cleaned_data["ended_on"])
        messages.success(self.request, _("Registramos el fin del contrato."))
        return self.back()


@method_decorator(never_cache, name="dispatch")
class CertificateView(Private, TemplateView):
    """The Constancia de Trabajador Migrante Andino: a page to print and its A4 PDF, from one
    template."""

    template_name = "sivitma/certificate.html"
    output = "page"

    def get(self, request, *args, **kwargs):
        if not self.registration.has_certificate:
            return self.back()
        context = self.get_context_data(**kwargs)
        if self.output == "pdf":
            response = pdf_response(
                render_pdf(self.template_name, {**context, "pdf": True}, request),
                self.registration.number.lower(),
                attachment=False,
            )
            return response
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        verification_url = self.request.build_absolute_uri(self.registration.get_verification_url())
        kwargs.update(
            verification_url=verification_url,
            qr_code=qr_code_svg(verification_url, _("Código QR de verificación")),
            issued_on=timezone.localdate(self.registration.decided_at),
        )
        return super().get_context_data(**kwargs)


@method_decorator(never_cache, name="dispatch")
class ContractFileView(Private, TemplateView):
    """The signed contract, to whoever holds the private link."""

    def get(self, request, *args, **kwargs):
        stored = self.registration.contract_file
        if not stored:
            raise Http404
        return FileResponse(
            stored.open("rb"), as_attachment=True, filename=f"contrato-{self.registration.pk}.pdf",
            content_type="application/pdf",
        )  # fmt: skip


@method_decorator(never_cache, name="dispatch")
class VerifyView(TemplateView):
    """What a third party may know: number, state, dates, employer, the worker's initials.
    Read fresh every time (an annulment shows at once): never cached, never a portal page."""

    template_name = "sivitma/verify.html"

    def get_context_data(self, **kwargs):
        registration = Registration.objects.by_verification_code(kwargs["code"]).first()
        if registration is None:
            raise Http404
        return super().get_context_data(registration=registration, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response


class LinkRequestView(PortalPageMixin, FormView):
    """A new private link for an expired or lost one: the same answer whether or not the number
    and e-mail matched, so the page tells nobody who registered what."""

    template_name = "sivitma/link_request.html"
    form_class = LinkRequestForm
    portal_component = "sivitma"

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        if not ratelimit.allow(self.request, scope="sivitma-link", rate=RATE_LIMIT):
            return self.render_to_response(
                self.get_context_data(form=form, rate_limited=True), status=429
            )
        services.access_link_send(**form.cleaned_data, base_url=_base_url(self.request))
        messages.success(
            self.request,
            _(
                "Si el número y el correo coinciden con un registro, en unos minutos te llegará "
                "un enlace nuevo. El anterior deja de funcionar."
            ),
        )
        return redirect(reverse("sivitma:link_request"))
