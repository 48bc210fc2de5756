"""Image uploads from the rich-text editor: staff who may change content with rich text only,
protected by Django's CSRF check like any form (CKEditor sends the token in the X-CSRFToken
header: static/js/ckeditor-config.js), images only (checked by decoding them with Pillow, not
by their name), size-limited, stored under random names."""

import uuid

from django.apps import apps
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image, UnidentifiedImageError

from .richtext import RichTextField

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


class RejectedImage(Exception):
    pass


def image_check(upload):
    """The file extension for `upload` if it is an acceptable image; RejectedImage if not."""
    if upload.size > MAX_BYTES:
        raise RejectedImage(
            _("La imagen pesa %(size)s; el máximo es %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(MAX_BYTES)}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise RejectedImage(
            _("El archivo no es una imagen JPEG, PNG, GIF o WebP válida.")
        ) from None
    if image_format not in FORMATS:
        raise RejectedImage(_("Solo se admiten imágenes JPEG, PNG, GIF o WebP."))
    if width * height > MAX_PIXELS:
        raise RejectedImage(_("La imagen es demasiado grande en píxeles."))
    upload.seek(0)
    return FORMATS[image_format]


def may_upload_images(user):
    """Whoever may change a model with rich text (Editores, superusers): the images end up in
    public pages. Atención, Dirección and staff without a group may not."""
    if not (user.is_active and user.is_staff):
        return False
    if user.is_superuser:
        return True
    granted = user.get_all_permissions()
    return any(
        f"{model._meta.app_label}.change_{model._meta.model_name}" in granted
        for model in apps.get_models()
        if any(isinstance(field, RichTextField) for field in model._meta.fields)
    )


@require_POST
@staff_member_required
def upload_image(request):
    """CKEditor 4 upload endpoint (JSON answer for the uploadimage plugin and the image dialog)."""
    if not may_upload_images(request.user):
        return JsonResponse(
            {"uploaded": 0, "error": {"message": _("Tu cuenta no puede subir imágenes.")}},
            status=403,
        )
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse(
            {"uploaded": 0, "error": {"message": _("No llegó ningún archivo.")}}, status=400
        )
    try:
        extension = image_check(upload)
    except RejectedImage as error:
        return JsonResponse({"uploaded": 0, "error": {"message": str(error)}}, status=400)
    name = default_storage.save(
        f"{settings.RICHTEXT_UPLOAD_FOLDER}/{uuid.uuid4().hex}.{extension}",
        ContentFile(upload.read()),
    )
    return JsonResponse(
        {"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)}
    )
