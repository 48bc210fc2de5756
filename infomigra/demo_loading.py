"""Helpers the apps' demo loaders share (each app's `demo.load()` is found by
`manage.py load_demo_content`)."""

import datetime

from django.utils import timezone

from .models import Status

REVIEWED = datetime.date(2026, 11, 23)


def translated(field, texts):
    """{"es": ..., "en": ...} → {"field_es": ..., "field_en": ...}"""
    return {f"{field}_{language}": text for language, text in (texts or {}).items()}


def date(value):
    return datetime.date.fromisoformat(value) if value else None


def aware(value):
    """An ISO date-time in Lima time, as an aware datetime."""
    return timezone.make_aware(datetime.datetime.fromisoformat(value)) if value else None


def published(order, reviewed=REVIEWED):
    """Status, order and review date of demo content: published and checked."""
    reviewed = date(reviewed) if isinstance(reviewed, str) else reviewed
    return {"status": Status.PUBLISHED, "order": order, "last_reviewed": reviewed}
