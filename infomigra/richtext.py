"""Rich text: the one field type every model uses, sanitised with nh3 before it is stored."""

import html
import re
from urllib.parse import urlsplit

import nh3
from ckeditor.fields import RichTextField as CKEditorRichTextField
from ckeditor.fields import RichTextFormField as CKEditorRichTextFormField
from django.conf import settings
from django.http.request import validate_host

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "em", "h2", "h3", "h4", "hr", "i",
    "img", "li", "ol", "p", "s", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


# An <img> as nh3 writes it: attribute values always in double quotes, with " and > escaped.
IMG_TAG = re.compile(r'<img(?:\s+[\w:-]+(?:="[^"]*")?)*\s*/?>')


def own_media_path(src):
    """The path of `src` when it is a file of our own media (a path under MEDIA_URL, or the same
    on one of our hosts), else None: images from anywhere else would tell a third party who
    reads the page, and may change after review."""
    if "\\" in src:
        return None
    parts = urlsplit(src.strip())
    our_hosts = [host for host in settings.ALLOWED_HOSTS if "*" not in host]
    if (parts.scheme or parts.netloc) and (
        parts.scheme not in ("http", "https") or not validate_host(parts.hostname or "", our_hosts)
    ):
        return None
    path = parts.path
    if not path.startswith(settings.MEDIA_URL) or ".." in path.split("/"):
        return None
    return path


def _keep_own_images(tag, attribute, value):
    if tag == "img" and attribute == "src":
        return own_media_path(value)
    return value


def sanitize_html(value):
    """Return `value` with only the markup a government page needs; scripts, event handlers,
    styles and `javascript:` URLs are removed, and images not served from our own media."""
    if not value:
        return value
    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_keep_own_images,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    # The filter dropped the src of a foreign image; an image without one goes too.
    cleaned = IMG_TAG.sub(lambda tag: tag[0] if ' src="' in tag[0] else "", cleaned)
    return cleaned.strip()


def _markup_key(value):
    """What a stored rich text is, whatever CKEditor did to write it: sanitised, entities
    decoded, whitespace between and inside tags collapsed."""
    cleaned = sanitize_html(value or "") or ""
    return html.unescape(re.sub(r"\s*(<[^>]*>)\s*", r"\1", " ".join(cleaned.split())))


class RichTextFormField(CKEditorRichTextFormField):
    """A rich text the editor did not touch has not changed, though CKEditor rewrote its markup:
    its form is not saved, and neither the history nor the translation status sees a change."""

    def has_changed(self, initial, data):
        return _markup_key(initial) != _markup_key(data)


class RichTextField(CKEditorRichTextField):
    """CKEditor in the admin; sanitised on every save, whatever wrote the value."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
