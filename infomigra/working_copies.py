"""Working copies: how pending changes to live content are kept, shown and compared.

An editor who saves an item the public can see does not change it: the form's result goes into
the `WorkingCopy` of the item's unit (the item, or the guide a chapter belongs to) as the row
Django's serialiser writes, with its many-to-many values. The live rows stay as they are until
`services.working_copy_publish()` writes the pending ones, in one django-reversion revision.

- `store()` adds or replaces one row in a copy (and the rows an inline form added or removed).
- `apply()` lays a copy's values over a live instance (the editor's form shows what they left).
- `preview()` does the same for every instance a request loads (`post_init`), so the public
  page is rendered as it will be; `PreviewMiddleware` turns it on for `?cambios=<copy>`.
- `changes()` compares each pending row with the live one, field by field, in editors' words.

Rows are stored with Django's own serialiser (the format django-reversion keeps versions in)
rather than a second copy of each table: one small model serves every content type.
"""

import contextlib
import contextvars
import json

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import models
from django.db.models.signals import post_init
from django.utils.translation import gettext as _

from .history import field_changes, mirrors_translation
from .models import WorkingCopy
from .pagecache import keep_private

PREVIEW_PARAMETER = "cambios"
_previewing = contextvars.ContextVar("working_copy_preview", default=None)


def _editable_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and not mirrors_translation(field, model)
    ]


def _key(model, pk):
    return f"{model._meta.label_lower}:{pk}"


def _row_key(row):
    """The same key, for a stored row (the serialiser names its model "app.model")."""
    return f"{row['model']}:{row.get('pk')}"


def serialise(obj, m2m=None, leave=()):
    """One row as Django's serialiser writes it (without the fields named in `leave`), with
    `m2m` ({field name: [pks]}) from the form (the serialiser would read the live ones). A new
    file in a file field is stored now."""
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.FileField):
            field.pre_save(obj, False)  # writes an uncommitted upload to the storage
    names = [field.name for field in _editable_fields(type(obj)) if field.name not in leave]
    (row,) = json.loads(serializers.serialize("json", [obj], fields=names))
    for name, pks in (m2m or {}).items():
        row["fields"][name] = sorted(pks)
    return row


def deserialise(row):
    """(model, pk, {attname: value}, {m2m name: [pks]}) of a stored row."""
    (found,) = serializers.deserialize("json", json.dumps([row]), ignorenonexistent=True)
    model = type(found.object)
    values = {
        field.attname: found.object.__dict__.get(field.attname)
        for field in _editable_fields(model)
        if field.name in row["fields"]
    }
    return model, row.get("pk"), values, found.m2m_data or {}


def apply_values(values, obj):
    """Write stored values into an instance's attributes (not through modeltranslation's
    descriptors, which would write the visitor's language)."""
    for attname, value in values.items():
        obj.__dict__[attname] = value
    obj._state.fields_cache.clear()  # a changed foreign key reads its new object


# Whether and since when the unit itself is public is decided on the live row ("Publicar",
# "Pasar a borrador"), never by a copy: a withdrawal while changes wait stays done.
UNIT_OWN_FIELDS = ("status", "publish_at")


def store(copy, obj, *, m2m=None):
    """Put `obj`'s pending row in `copy` (replacing an earlier one for the same row)."""
    own_type = ContentType.objects.get_for_model(obj).pk  # cached: no query
    is_unit = (copy.content_type_id, copy.object_id) == (own_type, obj.pk)
    row = serialise(obj, m2m, leave=UNIT_OWN_FIELDS if is_unit else ())
    if obj.pk is None:
        copy.rows.append(row)
        return
    key = _key(type(obj), obj.pk)
    copy.rows = [r for r in copy.rows if _row_key(r) != key] + [row]


def store_deleted(copy, obj):
    entry = [obj._meta.label_lower, obj.pk]
    if entry not in copy.deleted:
        copy.deleted.append(entry)


def open_copy(item):
    """The open working copy of `item`'s unit, or None."""
    return WorkingCopy.objects.open().for_item(item.edit_unit()).first()


def apply(obj):
    """Lay the pending values of `obj` (if its unit has an open copy) over it."""
    copy = open_copy(obj)
    key = _key(type(obj), obj.pk)
    for row in copy.rows if copy else ():
        if _row_key(row) == key:
            apply_values(deserialise(row)[2], obj)


# --- Preview ----------------------------------------------------------------------------------


@contextlib.contextmanager
def preview(copy):
    """Within `with preview(copy):`, every instance loaded of a row the copy changes carries
    the pending values (context-local: other requests are untouched)."""
    pending = {}
    for row in copy.rows:
        model, pk, values, _m2m = deserialise(row)
        if pk is not None:
            pending[_key(model, pk)] = values
    token = _previewing.set(pending)
    try:
        yield
    finally:
        _previewing.reset(token)


def _overlay(sender, instance, **kwargs):
    pending = _previewing.get()
    if pending:
        values = pending.get(_key(sender, instance.pk))
        if values:
            apply_values(values, instance)


post_init.connect(_overlay, dispatch_uid="infomigra_working_copy_preview")


def may_edit(user, copy):
    opts = copy.content_type.model_class()._meta
    permission = f"{opts.app_label}.change_{opts.model_name}"
    return user.is_active and user.is_staff and user.has_perm(permission)


class PreviewMiddleware:
    """`?cambios=<copy>` on a public page, for staff who may change the item: the page as it
    will be once the copy is published, with a banner (`request.working_copy`), kept private
    like the preview of a draft."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        number = request.GET.get(PREVIEW_PARAMETER, "")
        copy = None
        if number.isdigit() and request.user.is_staff:
            copy = WorkingCopy.objects.open().filter(pk=int(number)).first()
        if copy is None or not may_edit(request.user, copy):
            return self.get_response(request)
        request.working_copy = copy
        with preview(copy):
            response = self.get_response(request)
        keep_private(response)
        return response


# --- Comparison -------------------------------------------------------------------------------


def changes(copy):
    """For each pending row that differs from the live one (or is new, or goes): the item's
    name and its changes against the live row."""
    compared = []
    for row in copy.rows:
        model, pk, values, _m2m = deserialise(row)
        live = model._default_manager.filter(pk=pk).first() if pk is not None else None
        before = {attname: getattr(live, attname) for attname in values} if live else {}
        changed = field_changes(model, before, values)
        if live is None or changed:
            compared.append({"item": str(live or model(**values)), "changes": changed,
                             "model": model._meta.verbose_name,
                             "mark": "" if live else _("nuevo")})  # fmt: skip
    for label, pk in copy.deleted:
        model = apps.get_model(label)
        live = model._default_manager.filter(pk=pk).first()
        if live is not None:
            compared.append({"item": str(live), "model": model._meta.verbose_name,
                             "mark": _("se borrará"), "changes": []})  # fmt: skip
    return compared
