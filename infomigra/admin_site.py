from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.shortcuts import render
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext_lazy as _


def admin_change_url(obj):
    """The admin form of `obj` ("" for a model the admin does not edit)."""
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


class InfoMigraAdminSite(admin.AdminSite):
    """The admin with the staff dashboard on its index page, and two-factor sign-in: like
    django-otp's OTPAdminSite, a user who owes a code (infomigra.two_factor) has no permission
    until the code is given — but here only those the rule names, or who enrolled, owe one."""

    site_header = _("Perú InfoMigra — administración")
    site_title = _("Perú InfoMigra")
    index_title = _("Contenido y atención")

    def index(self, request, extra_context=None):
        from .dashboard import all_panels

        extra_context = {**(extra_context or {}), "dashboard_panels": all_panels(request)}
        return super().index(request, extra_context)

    def has_permission(self, request):
        from . import two_factor  # imports django-otp's models: not while apps load

        if not super().has_permission(request):
            return False
        signing_out = request.path == reverse(f"{self.name}:logout")
        return signing_out or not two_factor.owes_code(request.user)

    def get_urls(self):
        from . import two_factor

        def view(function):
            return two_factor.staff_only(lambda request: function(request, admin_site=self))

        return [
            path("two-factor/", view(two_factor.setup_view), name="two_factor_setup"),
            path("two-factor/code/", view(two_factor.verify_view), name="two_factor_verify"),
            *super().get_urls(),
        ]


class InfoMigraAdminConfig(AdminConfig):
    default_site = "infomigra.admin_site.InfoMigraAdminSite"


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE): our page, translated,
    with 429 Too Many Requests. It says neither whether the account or the client is locked nor
    how many attempts were made."""
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Acceso bloqueado temporalmente"),
        "minutes": int(cool_off.total_seconds() // 60) if cool_off else None,
    }
    return render(request, "admin/lockout.html", context, status=429)
