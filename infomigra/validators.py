"""What the database and the forms refuse, for every app: links the public follows that would
lead to another site than the one written, and a slug used twice (the older page would become
unreachable)."""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Q, UniqueConstraint
from django.utils.deconstruct import deconstructible
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _


@deconstructible
class PublicURLValidator(URLValidator):
    """A web address (http or https by default, `schemes` to narrow it) or, with `allow_paths`,
    a path of this site. Never a scheme-relative address (`//evil.example`) nor its backslash
    forms (`/\\evil.example`), which browsers follow to another site."""

    def __init__(self, *, schemes=("http", "https"), allow_paths=False, message=None):
        super().__init__(schemes=list(schemes), message=message)
        self.allow_paths = allow_paths

    def __call__(self, value):
        value = str(value)
        if self.allow_paths and value.startswith("/"):
            if any(char.isspace() for char in value) or not url_has_allowed_host_and_scheme(
                value, allowed_hosts=None
            ):
                raise ValidationError(self.message, code=self.code, params={"value": value})
            return
        super().__call__(value)

    def __eq__(self, other):
        return (
            isinstance(other, PublicURLValidator)
            and self.schemes == other.schemes
            and self.allow_paths == other.allow_paths
            and self.message == other.message
        )


validate_public_url = PublicURLValidator()
validate_public_link = PublicURLValidator(
    schemes=("https",),
    allow_paths=True,
    message=_("Escribe una dirección https:// o una ruta de este portal que empiece con /."),
)


SAME_KIND = {
    "es": _("Ya hay otro contenido de este tipo con este slug en español; elige otro."),
    "en": _("Ya hay otro contenido de este tipo con este slug en inglés; elige otro."),
}


def unique_slug_constraints(prefix, *, scope=(), messages=SAME_KIND):
    """One UniqueConstraint per language on `slug_<language>` (within the `scope` fields, e.g.
    the line of a section), with the admin's form error. English slugs may be empty (the page
    is not translated yet) as often as needed."""
    return [
        UniqueConstraint(
            fields=[*scope, "slug_es"],
            name=f"{prefix}_unique_slug_es",
            violation_error_code="unique",
            violation_error_message=messages["es"],
        ),
        UniqueConstraint(
            fields=[*scope, "slug_en"],
            condition=Q(slug_en__gt=""),
            name=f"{prefix}_unique_slug_en",
            violation_error_code="unique",
            violation_error_message=messages["en"],
        ),
    ]


def deduplicate_slugs(model, *, scope=(), languages=("es", "en")):
    """For a data migration, before the constraints: every later duplicate (by id) of a slug
    within `scope` gets `-2`, `-3`… so the oldest page keeps its address. Returns the renames."""
    renamed = []
    max_length = model._meta.get_field("slug_es").max_length
    for language in languages:
        field = f"slug_{language}"
        rows = list(model.objects.order_by("pk").values_list("pk", field, *scope))
        taken = defaultdict(set)
        for _pk, slug, *key in rows:
            taken[tuple(key)].add(slug)
        seen = defaultdict(set)
        for pk, slug, *key in rows:
            if not slug:
                continue
            key = tuple(key)
            if slug in seen[key]:
                number, new = 2, slug
                while new in taken[key]:
                    suffix = f"-{number}"
                    new = slug[: max_length - len(suffix)] + suffix
                    number += 1
                changes = {field: new}
                if language == "es":
                    changes["slug"] = new  # modeltranslation's base column follows Spanish
                model.objects.filter(pk=pk).update(**changes)
                renamed.append((pk, field, slug, new))
                taken[key].add(new)
                slug = new
            seen[key].add(slug)
    return renamed
