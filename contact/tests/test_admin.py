"""The Atención admin: moderating migrant voices either way, and the page for one person's data
after an erasure."""

import pytest
from django.urls import reverse

from contact import services
from contact.models import ContactMessage, MigrantVoice

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("action", "status", "said"),
    [("approve", MigrantVoice.Status.APPROVED, "2 textos publicados."),
     ("reject", MigrantVoice.Status.REJECTED, "2 textos rechazados.")],
)  # fmt: skip
def test_moderating_voices_says_how_many(admin_client, action, status, said):
    voices = [
        MigrantVoice.objects.create(alias=a, country="US", text="t", consent=True, language="es")
        for a in "AB"
    ]
    response = admin_client.post(
        reverse("admin:contact_migrantvoice_changelist"),
        {"action": action, "_selected_action": [voice.pk for voice in voices]},
        follow=True,
    )
    assert said in response.content.decode()
    assert set(MigrantVoice.objects.values_list("status", flat=True)) == {status}
    assert all(voice.moderated_at for voice in MigrantVoice.objects.all())


def test_after_an_erasure_the_page_is_ready_for_the_next_person(admin_client):
    services.message_submit(
        data={"name": "Ana", "email": "ana@example.com", "country": "CL", "profile": "returnee",
              "line": None, "message": "Consulta", "consent": True},
        language="es",
    )  # fmt: skip
    response = admin_client.post(
        reverse("admin:contact_personal_data"),
        {"email": "ana@example.com", "erase": "1", "confirm": "yes"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 registros borrados." in html  # the message and its e-mail
    assert "ana@example.com" not in html and "Datos personales de una persona" in html
    assert not ContactMessage.objects.exists()
