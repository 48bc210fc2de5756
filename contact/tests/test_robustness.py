"""Property-based: random text, huge fields and odd Unicode never make a form fail with a 500,
and nothing is stored unless the input is valid."""

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact.models import ContactMessage, MigrantVoice, ReturneeRegistration

pytestmark = pytest.mark.django_db

odd_text = st.one_of(
    st.text(max_size=300),
    st.text(min_size=1, max_size=12).map(lambda text: text * 700),  # huge fields
    st.sampled_from(["\x00", "<script>alert(1)</script>", "' OR 1=1 --", "‮‪﻿", "🇵🇪" * 500, "%00%0d%0a", "a\u0301" * 200]),
)  # fmt: skip
FORMS = {
    "/es/contacto/": ["name", "email", "country", "profile", "line", "message", "consent"],
    "/es/retorno-productivo/registro/": ["name", "email", "phone", "current_country", "planned_return",
                                         "occupation", "skills", "education", "region", "consent"],
    "/es/la-voz-del-migrante/enviar/": ["alias", "country", "city", "text", "consent"],
}  # fmt: skip


@pytest.mark.parametrize("path", list(FORMS))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(odd_text, min_size=10, max_size=10))
def test_random_input_never_causes_a_server_error(path, values):
    cache.clear()
    before = (
        ContactMessage.objects.count(),
        ReturneeRegistration.objects.count(),
        MigrantVoice.objects.count(),
    )
    data = dict(zip(FORMS[path], values, strict=False))
    response = Client().post(path, data)
    assert response.status_code in (302, 400, 429)
    after = (
        ContactMessage.objects.count(),
        ReturneeRegistration.objects.count(),
        MigrantVoice.objects.count(),
    )
    stored = sum(after) - sum(before)
    assert stored == (1 if response.status_code == 302 else 0)  # 302: valid, stored once


@pytest.mark.parametrize("path", list(FORMS))
def test_huge_body_and_garbage_methods(client, path):
    assert client.post(path, {"name": "x" * 1_000_000}).status_code == 400
    assert (
        client.post(
            path, b"\xff\xfe\x00garbage", content_type="application/octet-stream"
        ).status_code
        == 400
    )
    assert client.put(path, {}).status_code == 400  # Django's FormView reads a PUT as an empty POST
