"""Every page keeps its address: slugs are unique per language (per line for sections) in the
database, the admin says so in a form error, and links the public follows are never
scheme-relative."""

import datetime

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.forms.models import model_to_dict
from django.urls import reverse

from complementary.models import InfoPage
from complementary.tests.factories import (
    EventFactory,
    InfoPageFactory,
    LinkFactory,
    NewsItemFactory,
)
from conftest import SUPERUSER
from lines.models import Institution, Programme
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory

pytestmark = pytest.mark.django_db

SAME_KIND_ES = "Ya hay otro contenido de este tipo con este slug en español; elige otro."
SAME_KIND_EN = "Ya hay otro contenido de este tipo con este slug en inglés; elige otro."

# factory, what must differ anyway (another unique field), the admin's add URL name
SLUGGED = [
    (ActionLineFactory, {"number": 9}, "lines_actionline"),
    (CountryGuideFactory, {"country": "IT"}, "lines_countryguide"),
    (NewsItemFactory, {}, "complementary_newsitem"),
    (EventFactory, {}, "complementary_event"),
    (InfoPageFactory, {"key": "otra-clave"}, "complementary_infopage"),
]
IDS = [name for _factory, _other, name in SLUGGED]


def admin_copy(client, obj, **changes):
    """POST the admin's add form filled with `obj`'s values and `changes`; the response."""
    url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_add")
    page = client.get(url)
    form = page.context["adminform"].form
    values = model_to_dict(obj, fields=list(form.fields))
    data = {}
    for name, value in {**values, **changes}.items():
        if value is None or value is False:
            continue
        data[name] = value.isoformat() if isinstance(value, datetime.date) else str(value)
    if "starts_at" in data:  # a split date/time widget
        data["starts_at_0"], data["starts_at_1"] = data.pop("starts_at")[:19].split("T")
    for formset in page.context["inline_admin_formsets"]:
        prefix = formset.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return client.post(url, data)


@pytest.mark.parametrize(("factory", "other", "name"), SLUGGED, ids=IDS)
def test_the_admin_refuses_a_spanish_slug_already_used(client, login_as, factory, other, name):
    login_as(SUPERUSER)
    existing = factory(slug_es="misma-direccion", slug_en="same-address")
    model = type(existing)
    response = admin_copy(client, existing, slug_en="another-address", **other)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"slug_es": [SAME_KIND_ES]}
    assert model.objects.count() == 1
    # A free slug is accepted: the copy itself was fine.
    response = admin_copy(client, existing, slug_es="otra-direccion", slug_en="another-address", **other)  # fmt: skip
    assert response.status_code == 302
    assert model.objects.count() == 2


@pytest.mark.parametrize(("factory", "other", "name"), SLUGGED, ids=IDS)
def test_the_admin_refuses_an_english_slug_already_used(client, login_as, factory, other, name):
    login_as(SUPERUSER)
    existing = factory(slug_es="misma-direccion", slug_en="same-address")
    response = admin_copy(client, existing, slug_es="otra-direccion", **other)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"slug_en": [SAME_KIND_EN]}
    assert type(existing).objects.count() == 1


def test_english_slugs_may_be_empty_on_many_items():
    """An item not translated yet has no English slug (its English page uses the Spanish one)."""
    for empty in ("", "", None, None):
        NewsItemFactory(slug_en=empty).full_clean()
    assert NewsItemFactory._meta.model.objects.count() == 4


def test_section_slugs_are_unique_within_their_line_only(client, login_as):
    login_as(SUPERUSER)
    line, other_line = ActionLineFactory(), ActionLineFactory()
    existing = SectionFactory(line=line, slug_es="tramites", slug_en="procedures")
    SectionFactory(line=other_line, slug_es="tramites", slug_en="procedures")  # another line: fine
    response = admin_copy(client, existing, slug_en="steps")
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Ya hay otra sección de esta línea con este slug en español; elige otro."
    ]
    response = admin_copy(client, existing, slug_es="pasos")
    assert response.context["adminform"].form.non_field_errors() == [
        "Ya hay otra sección de esta línea con este slug en inglés; elige otro."
    ]
    assert line.sections.count() == 1


@pytest.mark.parametrize(
    ("factory", "field"),
    [
        (NewsItemFactory, "slug_es"),
        (NewsItemFactory, "slug_en"),
        (SectionFactory, "slug_es"),
        (CountryGuideFactory, "slug_en"),
        (InfoPageFactory, "slug_es"),
    ],  # fmt: skip
)
def test_the_database_itself_refuses_a_duplicate(factory, field):
    existing = factory()
    extra = {"line": existing.line} if hasattr(existing, "line") else {}
    if hasattr(existing, "country"):
        extra["country"] = "CL"
    if hasattr(existing, "key"):
        extra["key"] = "otra"
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**{field: getattr(existing, field)}, **extra)


# --- Links the public follows ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["//evil.example", "//evil.example/es/", "/\\evil.example", "/\\/evil.example", "/ruta con espacios",
     "http://example.com", "javascript:alert(1)", "ftp://example.com/", "evil.example"],
)  # fmt: skip
def test_an_action_link_must_be_https_or_a_path_of_this_site(url):
    page = InfoPageFactory(action_url_es=url)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["action_url_es"] == [
        "Escribe una dirección https:// o una ruta de este portal que empiece con /."
    ]


@pytest.mark.parametrize("url", ["https://www.gob.pe/sivitma", "/es/panel/sivitma/", "/"])
def test_an_https_link_or_a_path_of_this_site_is_accepted(url):
    InfoPageFactory(action_url_es=url, action_url_en=url).full_clean()


def test_the_admin_shows_the_link_error(client, login_as):
    login_as(SUPERUSER)
    page = InfoPageFactory(key="sivitma")
    response = admin_copy(client, page, key="otra", slug_es="otra", slug_en="other", action_url_en="//evil.example")  # fmt: skip
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["action_url_en"]
    assert InfoPage.objects.count() == 1


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Programme, "url"),
        (Institution, "website"),
        (LinkFactory._meta.model, "url"),
        (NewsItemFactory._meta.model, "source_url"),
    ],  # fmt: skip
)
@pytest.mark.parametrize("url", ["//evil.example", "ftp://example.com/x", "javascript:alert(1)"])
def test_url_fields_the_public_sees_accept_only_web_addresses(model, field, url):
    with pytest.raises(ValidationError):
        model._meta.get_field(field).clean(url, None)
    model._meta.get_field(field).clean("https://www.gob.pe/", None)


def test_the_admin_site_registers_every_slugged_model():
    for _factory, _other, name in SLUGGED:
        app_label, model_name = name.split("_", 1)
        assert any(
            model._meta.label_lower == f"{app_label}.{model_name}" for model in admin.site._registry
        )


# --- The data migration -----------------------------------------------------------------------

BEFORE = [("lines", "0002_editor_permissions"), ("complementary", "0002_editor_permissions")]
AFTER = [("lines", "0004_unique_slugs_and_public_links"),
         ("complementary", "0004_unique_slugs_and_public_links")]  # fmt: skip


@pytest.fixture
def _latest_schema_afterwards():
    """The test database goes back to the latest schema, whatever the test did."""
    yield
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_renames_later_duplicates_before_adding_the_constraints(
    _latest_schema_afterwards,
):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Line, Section = old.get_model("lines", "ActionLine"), old.get_model("lines", "Section")
    News = old.get_model("complementary", "NewsItem")
    line = Line.objects.create(number=1, slug="uno", slug_es="uno", title="¿1?", audience="-")
    other = Line.objects.create(number=2, slug="uno", slug_es="uno", slug_en="one", title="¿2?", audience="-")  # fmt: skip
    sections = [
        Section.objects.create(line=target, slug=slug, slug_es=slug, slug_en=english, title="S")
        for target, slug, english in [
            (line, "a", "x"),
            (line, "a", "x"),
            (line, "a-2", ""),
            (line, "a", ""),
            (other, "a", "x"),
        ]  # fmt: skip
    ]
    long = "l" * 120
    news = [
        News.objects.create(
            slug=slug, slug_es=slug, slug_en=english, title="N", body="<p>-</p>", scope="national"
        )  # fmt: skip
        for slug, english in [
            ("feria", "fair"),
            ("feria", "fair"),
            ("feria", None),
            (long, ""),
            (long, ""),
        ]  # fmt: skip
    ]

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    # Read with the models as they were at that migration (later ones add columns).
    new = executor.loader.project_state(AFTER).apps
    ActionLine, LiveSection = (
        new.get_model("lines", "ActionLine"),
        new.get_model("lines", "Section"),
    )
    NewsItem = new.get_model("complementary", "NewsItem")

    def slugs(model, rows):
        return [model.objects.values_list("slug", "slug_es", "slug_en").get(pk=row.pk) for row in rows]  # fmt: skip

    assert slugs(ActionLine, [line, other]) == [("uno", "uno", None), ("uno-2", "uno-2", "one")]
    assert slugs(LiveSection, sections) == [
        ("a", "a", "x"),
        ("a-3", "a-3", "x-2"),  # a-2 was taken by a later section
        ("a-2", "a-2", ""),
        ("a-4", "a-4", ""),
        ("a", "a", "x"),  # another line
    ]
    assert slugs(NewsItem, news) == [
        ("feria", "feria", "fair"), ("feria-2", "feria-2", "fair-2"), ("feria-3", "feria-3", None),
        (long, long, ""), ("l" * 118 + "-2", "l" * 118 + "-2", ""),
    ]  # fmt: skip
