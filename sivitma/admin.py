from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import Country

from infomigra.admin import personal_data_page
from infomigra.csv_export import csv_response

from . import rules, services
from .forms import AnnulForm
from .models import ANDEAN_COUNTRIES, MinimumWage, Registration

CSV_COLUMNS = ("number", "state", "created_at", "ruc", "business_name", "employer_region",
               "nationality", "document_type", "document_number", "given_names", "surnames",
               "birth_date", "sex", "education", "occupation", "category", "start_date",
               "end_date", "weekly_hours", "monthly_pay", "workplace_region")  # fmt: skip


def _cell(registration, column):
    value = getattr(registration, column)
    if isinstance(value, Country):
        return value.code
    display = getattr(registration, f"get_{column}_display", None)
    return display() if display else value


@admin.register(MinimumWage)
class MinimumWageAdmin(admin.ModelAdmin):
    list_display = ("valid_from", "amount", "legal_basis")


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_at", "state", "nationality", "business_name",
                    "category", "workplace_region", "start_date", "end_date")  # fmt: skip
    list_filter = ("state", "nationality", "workplace_region", "category")
    date_hierarchy = "created_at"
    search_fields = ("number", "ruc", "business_name", "document_number", "surnames")
    actions = ["approve", "send_back", "export_csv"]
    readonly_fields = ("number", "state", "findings_in_words", "staff_links", "decided_at",
                       "decided_by", "ended_on", "annulled_at", "annulled_by", "annulment_reason",
                       "created_at")  # fmt: skip
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "number",
                    "state",
                    "findings_in_words",
                    "staff_links",
                    "created_at",
                    "decided_at",
                    "decided_by",
                    "ended_on",
                    "annulled_at",
                    "annulled_by",
                    "annulment_reason",
                )
            },
        ),  # fmt: skip
        (
            _("El empleador"),
            {
                "fields": (
                    "ruc",
                    "business_name",
                    "employer_address",
                    "employer_region",
                    "economic_activity",
                    "email",
                    "phone",
                )
            },
        ),  # fmt: skip
        (
            _("El trabajador o la trabajadora"),
            {
                "fields": (
                    "nationality",
                    "document_type",
                    "document_number",
                    "given_names",
                    "surnames",
                    "birth_date",
                    "sex",
                    "education",
                    "occupation",
                )
            },
        ),  # fmt: skip
        (
            _("El contrato"),
            {
                "fields": (
                    "category",
                    "start_date",
                    "end_date",
                    "weekly_hours",
                    "monthly_pay",
                    "workplace_region",
                )
            },
        ),  # fmt: skip
    )

    def has_add_permission(self, request):
        return False  # registrations come from the public form

    def get_readonly_fields(self, request, obj=None):
        # staff read the register; the submitter corrects it through the private link
        return [field.name for field in Registration._meta.fields] + list(self.readonly_fields)

    @admin.display(description=_("Observaciones de las reglas"))
    def findings_in_words(self, registration):
        return "; ".join(str(rules.MESSAGES[code]) for code in registration.findings) or "—"

    @admin.display(description=_("Acciones"))
    def staff_links(self, registration):
        links = []
        if registration.contract_file:
            links.append((reverse("admin:sivitma_registration_contract", args=[registration.pk]),
                          _("Descargar el contrato firmado")))  # fmt: skip
        if registration.state != Registration.State.ANNULLED and registration.has_certificate:
            links.append((reverse("admin:sivitma_registration_annul", args=[registration.pk]),
                          _("Anular la constancia")))  # fmt: skip
        if registration.has_certificate:
            links.append((registration.get_verification_url(), _("Página de verificación")))
        return format_html_join(" · ", '<a href="{}">{}</a>', links) if links else "—"

    @admin.action(description=_("Aprobar los seleccionados que están en revisión"),
                  permissions=["change"])  # fmt: skip
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description=_("Devolver para corrección los seleccionados en revisión"),
                  permissions=["change"])  # fmt: skip
    def send_back(self, request, queryset):
        self._decide(request, queryset, approve=False)

    def _decide(self, request, queryset, *, approve):
        decided = 0
        for registration in queryset.filter(state=Registration.State.REVIEW):
            services.registration_decide(
                registration=registration, approve=approve, user=request.user
            )
            decided += 1
        self.message_user(
            request,
            ngettext("%(count)d registro decidido.", "%(count)d registros decididos.", decided)
            % {"count": decided},
        )

    @admin.action(description=_("Exportar a CSV los registros seleccionados"), permissions=["view"])
    def export_csv(self, request, queryset):
        meta = Registration._meta
        rows = (
            [_cell(r, column) for column in CSV_COLUMNS] for r in queryset.order_by("created_at")
        )
        header = [meta.get_field(column).verbose_name for column in CSV_COLUMNS]
        return csv_response(rows, filename="sivitma.csv", header=header)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/annul/", view(self.annul_view), name="sivitma_registration_annul"),
            path(
                "<int:pk>/contract/", view(self.contract_view), name="sivitma_registration_contract"
            ),  # fmt: skip
            path("personal-data/", view(self.personal_data_view), name="sivitma_personal_data"),
            *super().get_urls(),
        ]

    def annul_view(self, request, pk):
        if not request.user.has_perm("sivitma.change_registration"):
            raise PermissionDenied
        registration = get_object_or_404(Registration.objects.certified(), pk=pk)
        form = AnnulForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            if registration.state != Registration.State.ANNULLED:
                services.registration_annul(
                    registration=registration, reason=form.cleaned_data["reason"], user=request.user
                )
                messages.success(request, _("Constancia anulada."))
            return redirect("admin:sivitma_registration_change", pk)
        context = {**self.admin_site.each_context(request), "form": form,
                   "registration": registration, "opts": Registration._meta,
                   "title": _("Anular la constancia %(number)s") % {"number": registration.number}}  # fmt: skip
        return TemplateResponse(request, "admin/sivitma/annul.html", context)

    def contract_view(self, request, pk):
        if not request.user.has_perm("sivitma.view_registration"):
            raise PermissionDenied
        registration = get_object_or_404(Registration, pk=pk)
        if not registration.contract_file:
            raise Http404
        return FileResponse(registration.contract_file.open("rb"), as_attachment=True,
                            filename=f"contrato-{registration.pk}.pdf",
                            content_type="application/pdf")  # fmt: skip

    def personal_data_view(self, request):
        """Export or erase one worker's registrations (Ley 29733 requests)."""
        if not request.user.has_perm("sivitma.delete_registration"):
            raise PermissionDenied
        return personal_data_page(
            request, self.admin_site, form_class=WorkerForm,
            export=services.personal_data_export, erase=services.personal_data_erase,
            template="admin/sivitma/personal_data.html",
            title=_("Datos personales de un trabajador (SIVITMA)"), filename="datos-sivitma.json",
        )  # fmt: skip


class WorkerForm(forms.Form):
    nationality = forms.ChoiceField(
        label=_("Nacionalidad"),
        choices=lambda: [(code, Country(code).name) for code in ANDEAN_COUNTRIES],
    )
    document_number = forms.CharField(label=_("Número de documento"), max_length=20)
