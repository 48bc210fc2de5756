"""Two-factor sign-in for the staff, with django-otp's TOTP devices (any authenticator app).

The password is the first step (the admin's own login, throttled by django-axes). Whoever
`settings.OTP_REQUIRED_FOR` names — "superuser" and staff group names — and whoever enrolled a
device of their own then owes a code: until django-otp's middleware marks the session verified,
`TwoFactorMiddleware` sends every request of theirs (admin or staff page) to enter it, or, with
no device yet, to enrol one. django-otp keeps the keys, checks the codes (with its throttling)
and marks the session; this module only says who must, and draws the two pages."""

from base64 import b32encode
from functools import wraps
from urllib.parse import urlencode

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp.forms import OTPTokenForm
from django_otp.plugins.otp_totp.models import TOTPDevice

SUPERUSER = "superuser"  # in OTP_REQUIRED_FOR: every superuser
SETUP, VERIFY = "admin:two_factor_setup", "admin:two_factor_verify"
OPEN_TO_THE_UNVERIFIED = {SETUP, VERIFY, "admin:logout"}


def is_required(user):
    """Must this user confirm every sign-in with a code?"""
    required = settings.OTP_REQUIRED_FOR
    if not required or not user.is_authenticated:
        return False
    if user.is_superuser and SUPERUSER in required:
        return True
    return user.groups.filter(name__in=required).exists()


def is_verified(user):
    """Did this session confirm the sign-in with a code? (django-otp's middleware says.)"""
    return bool(getattr(user, "is_verified", lambda: False)())


def has_device(user):
    return django_otp.user_has_device(user, confirmed=True)


def owes_code(user):
    """Signed in with the password, not yet with a code, and a code is asked of them: the rule
    requires it, or they enrolled a device. Computed once per request."""
    if not user.is_authenticated or is_verified(user):
        return False
    owes = getattr(user, "_owes_code", None)
    if owes is None:
        owes = user._owes_code = is_required(user) or has_device(user)
    return owes


def code_page(user, next_url):
    """Where the user enters a code, or, without a device, enrols one; then back to next_url."""
    name = VERIFY if has_device(user) else SETUP
    return HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': next_url})}")


class TwoFactorMiddleware:
    """Before any view but the two-factor pages and sign-out, a user who owes a code is sent to
    enter it. Place after django_otp.middleware.OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None  # nobody signed in: leave anonymous visits untouched
        if request.resolver_match.view_name in OPEN_TO_THE_UNVERIFIED:
            return None
        if not owes_code(request.user):
            return None
        return code_page(request.user, request.get_full_path())


# --- The two pages, served inside the admin (InfoMigraAdminSite.get_urls) ----------------------


CODE_ERRORS = {
    "token_required": _("Escribe el código de seis cifras que muestra tu aplicación."),
    "invalid_token": _("El código no es correcto o ha caducado. Escribe el que muestra ahora tu aplicación."),
    "n_failed_attempts": ngettext_lazy(
        "Verificación suspendida un momento tras %(failure_count)d intento fallido. Espera unos segundos.",
        "Verificación suspendida un momento tras %(failure_count)d intentos fallidos. Espera unos segundos.",
        "failure_count",
    ),
    "verification_not_allowed": _("La verificación está suspendida un momento. Espera unos segundos."),
    "device_required": _("Elige tu dispositivo."),
}  # fmt: skip


def code_field():
    return forms.CharField(
        label=_("Código de verificación"),
        required=False,
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


class CodeForm(OTPTokenForm):
    """django-otp's verification form, in our words; a single device is chosen for the user."""

    otp_error_messages = {**OTPTokenForm.otp_error_messages, **CODE_ERRORS}
    otp_token = code_field()

    def __init__(self, user, request=None, *args, **kwargs):
        super().__init__(user, request, *args, **kwargs)
        device = self.fields["otp_device"]
        device.label = _("Dispositivo")
        choices = [choice for choice in device.choices if choice[0]]
        if len(choices) == 1:
            device.initial = choices[0][0]
            device.widget = forms.HiddenInput()


class EnrolForm(forms.Form):
    """The first code of a new device proves the phone holds its key (django-otp checks it)."""

    otp_token = code_field()

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].replace(" ", "")
        if not token:
            raise forms.ValidationError(CODE_ERRORS["token_required"])
        with transaction.atomic():
            device = TOTPDevice.objects.select_for_update().get(pk=self.device.pk)
            allowed, _extra = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(CODE_ERRORS["verification_not_allowed"])
            if not device.verify_token(token):
                raise forms.ValidationError(CODE_ERRORS["invalid_token"])
            device.confirmed = True
            device.save(update_fields=["confirmed"])
        self.device = device
        return token


def staff_only(view):
    """Staff signed in with their password, as the admin's own pages require; the others go
    to the admin login. Never cached, CSRF-protected."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not (request.user.is_active and request.user.is_staff):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, *args, **kwargs)

    return never_cache(csrf_protect(wrapper))


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if safe else reverse("admin:index")


def signed_in_with(request, device):
    """The code was right: a new session key (more rights now), marked verified by django-otp."""
    request.session.cycle_key()
    django_otp.login(request, device)
    return HttpResponseRedirect(next_url(request))


def qr_code_svg(data):
    """The QR code drawn here, as inline SVG: no script, no image service."""
    image = qrcode.make(
        data, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=14, border=4
    )
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 (qrcode's own markup)


def grouped(key):
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def verify_view(request, *, admin_site):
    user = request.user
    if not has_device(user):
        return code_page(user, next_url(request))
    form = CodeForm(user, request, data=request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        return signed_in_with(request, user.otp_device)
    return _form_page(request, admin_site, "admin/two_factor/verify.html", form)


def setup_view(request, *, admin_site):
    user = request.user
    enrolled = has_device(user)
    if enrolled and not is_verified(user):
        return code_page(user, request.get_full_path())  # a new device only after a code
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name=gettext("Aplicación de autenticación"), confirmed=False
        )
    form = EnrolForm(device, data=request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        return signed_in_with(request, form.device)
    return _form_page(
        request,
        admin_site,
        "admin/two_factor/setup.html",
        form,
        enrolled=enrolled,
        required=is_required(user),
        qr_code=qr_code_svg(device.config_url),
        key=grouped(b32encode(device.bin_key).decode()),
    )


def _form_page(request, admin_site, template, form, **extra):
    """A two-step page in the admin's layout: the form again with its errors answers 400."""
    context = {
        **admin_site.each_context(request),
        "title": _("Verificación en dos pasos"),
        "form": form,
        "next": next_url(request),
        "is_nav_sidebar_enabled": False,
        **extra,
    }
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, template, context, status=status)
