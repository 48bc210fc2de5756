"""The returnee export goes through the kernel's CSV writer: what a visitor typed cannot become
a spreadsheet formula on a staff member's computer."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from contact import services
from contact.models import ReturneeRegistration

pytestmark = pytest.mark.django_db


def test_a_typed_formula_is_exported_as_text(admin_client):
    services.registration_submit(
        data={"name": '=HYPERLINK("http://x")', "email": "luis@example.com", "phone": "+51 1 234",
              "current_country": "AR", "planned_return": datetime.date(2027, 3, 1),
              "occupation": "@Chef", "skills": "-", "education": "technical", "region": "cusco",
              "wants_job_placement": True, "wants_self_employment": False,
              "wants_training": False, "wants_certification": False, "consent": True},
        language="es",
    )  # fmt: skip
    response = admin_client.post(
        reverse("admin:contact_returneeregistration_changelist"),
        {"action": "export_csv", "_selected_action": [ReturneeRegistration.objects.get().pk]},
    )
    assert response["Content-Disposition"] == 'attachment; filename="registros-retorno.csv"'
    assert response.content.startswith("\ufeff".encode())
    header, row = csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    cells = dict(zip(header, row, strict=True))
    assert cells["nombre completo"] == '\'=HYPERLINK("http://x")'
    assert (cells["teléfono"], cells["ocupación"], cells["habilidades y experiencia"]) == (
        "'+51 1 234", "'@Chef", "'-",
    )  # fmt: skip
    assert (cells["país donde vives"], cells["intermediación laboral"]) == ("AR", "True")
