"""Uploaded files: random names, and validators that check what a file is, not what it says."""

import posixpath
import uuid

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible
class RandomName:
    """`upload_to` that keeps the extension and nothing else of the uploaded name."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = posixpath.splitext(filename)[1].lower()[:10]
        return posixpath.join(self.folder, f"{uuid.uuid4().hex}{extension}")

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


@deconstructible
class MaxSizeValidator:
    def __init__(self, max_bytes):
        self.max_bytes = max_bytes

    def __call__(self, file):
        if file.size > self.max_bytes:
            raise ValidationError(
                _("El archivo pesa %(size)s; el máximo es %(max)s."),
                code="file_too_large",
                params={"size": filesizeformat(file.size), "max": filesizeformat(self.max_bytes)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxSizeValidator) and other.max_bytes == self.max_bytes


def validate_pdf(file):
    """Accept only a real PDF: the `.pdf` extension and the `%PDF-` signature."""
    name = getattr(file, "name", "") or ""
    if not name.lower().endswith(".pdf"):
        raise ValidationError(_("Solo se admiten archivos PDF (.pdf)."), code="not_pdf")
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    header = file.read(5)
    file.seek(position)
    if header != b"%PDF-":
        raise ValidationError(
            _("El archivo no es un PDF válido; vuelve a exportarlo como PDF."), code="not_pdf"
        )
