""" "Is this message overdue?" is one rule: the admin's filter and the row's flag agree."""

import datetime

import pytest
from django.utils import timezone

from contact.models import ContactMessage

pytestmark = pytest.mark.django_db


def test_the_filter_and_the_flag_agree_for_every_status_and_age():
    expected = set()
    for status in ContactMessage.Status:
        for days in (0, 4):
            message = ContactMessage.objects.create(
                name="X", email="x@example.com", country="PE", profile="returnee", message="m",
                consent=True, language="es", status=status,
                created_at=timezone.now() - datetime.timedelta(days=days, minutes=1),
            )  # fmt: skip
            if days and status in (ContactMessage.Status.NEW, ContactMessage.Status.IN_PROGRESS):
                expected.add(message.pk)
    assert set(ContactMessage.objects.overdue().values_list("pk", flat=True)) == expected
    assert {m.pk for m in ContactMessage.objects.all() if m.is_overdue} == expected
