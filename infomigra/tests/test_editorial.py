"""Editors' workflow: scheduling, preview, review dates, translation status, history, uploads,
feedback and the dashboard."""

import datetime
import io

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from reversion.models import Version

from infomigra import roles
from infomigra.models import PageFeedback, Status, TranslationStatus
from infomigra.richtext import sanitize_html
from lines.models import Section
from lines.tests.factories import CountryGuideFactory, GuideChapterFactory, SectionFactory

pytestmark = pytest.mark.django_db


def url_of(obj, language="es"):
    with translation.override(language):
        return obj.get_absolute_url()


# --- Scheduled publishing and preview ---------------------------------------------------------


def test_scheduled_item_is_invisible_before_its_time_and_visible_after(client):
    publish_at = timezone.now() + datetime.timedelta(days=2)
    section = SectionFactory(title_es="Nueva guía de retorno", publish_at=publish_at)
    line_url = url_of(section.line)
    assert client.get(url_of(section)).status_code == 404
    assert "Nueva guía de retorno" not in client.get(line_url).content.decode()

    with time_machine.travel(publish_at + datetime.timedelta(minutes=1)):
        assert client.get(url_of(section)).status_code == 200
        assert "Nueva guía de retorno" in client.get(line_url).content.decode()


def test_unpublishing_hides_at_once(client, login_as):
    section = SectionFactory()
    assert client.get(url_of(section)).status_code == 200
    login_as(roles.EDITORS)
    response = client.post(
        reverse("admin:lines_section_changelist"),
        {"action": "unpublish", "_selected_action": [section.pk]},
    )
    assert response.status_code == 302
    client.logout()
    assert client.get(url_of(section)).status_code == 404


def test_editors_preview_a_draft_privately(client, login_as):
    """Who gets a 404 instead is in the role × URL table (test_permissions.py)."""
    guide = CountryGuideFactory(status=Status.DRAFT, title_es="Guía en preparación")
    login_as(roles.EDITORS)
    response = client.get(url_of(guide))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vista previa para el personal" in html and "Guía en preparación" in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


# --- Review dates -----------------------------------------------------------------------------


def test_review_due_date_follows_last_review_and_interval():
    section = SectionFactory(last_reviewed=datetime.date(2026, 1, 31), review_interval_months=1)
    assert section.review_due_on == datetime.date(2026, 2, 28)
    section.review_interval_months = 12
    section.save()
    assert section.review_due_on == datetime.date(2027, 1, 31)


def test_due_filter_and_mark_as_reviewed_action(client, login_as):
    long_ago = datetime.date(2024, 1, 1)
    due = SectionFactory(title_es="Vencida", last_reviewed=long_ago)
    also_due = SectionFactory(title_es="También vencida", last_reviewed=long_ago)
    SectionFactory(title_es="Reciente", last_reviewed=timezone.localdate())
    login_as(roles.EDITORS)
    changelist = reverse("admin:lines_section_changelist")
    html = client.get(changelist, {"review": "due"}).content.decode()
    assert "Vencida" in html and "También vencida" in html and "Reciente" not in html

    response = client.post(changelist, {"action": "mark_reviewed", "_selected_action": [due.pk]})
    assert response.status_code == 302
    due.refresh_from_db()
    also_due.refresh_from_db()
    assert due.last_reviewed == timezone.localdate()
    assert due.review_due_on > timezone.localdate()
    assert also_due.last_reviewed == long_ago  # not selected: untouched
    assert set(Section.objects.review_due()) == {also_due}


def test_chapters_have_review_dates_too():
    chapter = GuideChapterFactory(last_reviewed=datetime.date(2025, 1, 1), review_interval_months=6)
    assert chapter.review_due_on == datetime.date(2025, 7, 1)
    assert chapter in type(chapter).objects.review_due(datetime.date(2025, 7, 1))


# --- Translation status -----------------------------------------------------------------------


def test_translation_status_changes_on_a_material_spanish_edit_only():
    section = SectionFactory(body_es="<p>Trámite en el consulado.</p>", body_en="<p>Procedure.</p>")
    assert section.translation_status == TranslationStatus.CURRENT

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        section.body_es = "<p>Trámite   en el\n consulado.</p>\n"  # whitespace only
        section.save()
        assert section.translation_status == TranslationStatus.CURRENT

        section.body_es = "<p>Trámite en línea.</p>"  # material change
        section.save()
        assert section.translation_status == TranslationStatus.OUTDATED

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        section.body_en = "<p>Online procedure.</p>"
        section.save()
        assert section.translation_status == TranslationStatus.CURRENT

    section.body_en = ""
    section.save()
    assert section.translation_status == TranslationStatus.MISSING


def test_editing_only_the_english_keeps_it_current():
    section = SectionFactory()
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        section.title_en = "A better English title"
        section.save()
    assert section.translation_status == TranslationStatus.CURRENT


def test_mark_translation_as_up_to_date_and_filter_in_the_admin(client, login_as):
    outdated, also_outdated = (
        SectionFactory(title_es="Sección desactualizada"),
        SectionFactory(title_es="Otra sección desactualizada"),
    )
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        for section in (outdated, also_outdated):
            section.body_es = "<p>Texto nuevo en español.</p>"
            section.save()
    SectionFactory(title_es="Sección al día")
    assert outdated.translation_status == TranslationStatus.OUTDATED

    login_as(roles.EDITORS)
    changelist = reverse("admin:lines_section_changelist")
    html = client.get(changelist, {"translation_status__exact": "outdated"}).content.decode()
    assert "Sección desactualizada" in html and "Sección al día" not in html

    response = client.post(
        changelist, {"action": "mark_translation_current", "_selected_action": [outdated.pk]}
    )
    assert response.status_code == 302
    outdated.refresh_from_db()
    also_outdated.refresh_from_db()
    assert outdated.translation_status == TranslationStatus.CURRENT
    assert also_outdated.translation_status == TranslationStatus.OUTDATED  # not selected


# --- History ----------------------------------------------------------------------------------


def guide_form(guide, **changes):
    data = {
        "country": guide.country.code,
        "title_es": guide.title_es,
        "title_en": guide.title_en,
        "slug_es": guide.slug_es,
        "slug_en": guide.slug_en,
        "summary_es": guide.summary_es,
        "summary_en": guide.summary_en,
        "order": "1",
        "last_reviewed": "2026-11-23",
        "review_interval_months": "12",
        "chapters-TOTAL_FORMS": "0",
        "chapters-INITIAL_FORMS": "0",
        "chapters-MIN_NUM_FORMS": "0",
        "chapters-MAX_NUM_FORMS": "1000",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_history_keeps_who_and_when_shows_a_diff_and_restores_both_languages(client, login_as):
    editor = login_as(roles.EDITORS, "editora")
    guide = CountryGuideFactory(
        country="IT", title_es="Guía de Italia", title_en="Italy guide", slug_es="italia",
        slug_en="italy",
    )  # fmt: skip
    change_url = reverse("admin:lines_countryguide_change", args=[guide.pk])
    publish = {"_publish": "1"}  # the guide is live: "Publicar" writes the change at once
    assert client.post(change_url, guide_form(guide, **publish)).status_code == 302  # first
    assert (
        client.post(
            change_url,
            guide_form(
                guide, title_es="Guía de Italia 2027", title_en="Italy guide 2027", **publish
            ),
        ).status_code
        == 302
    )

    versions = Version.objects.get_for_object(guide)
    assert versions.count() == 2
    assert versions[0].revision.user == editor
    first = versions[1]
    assert first.field_dict["title_en"] == "Italy guide"

    # what the second change did, against the version before it
    diff_url = reverse("admin:lines_countryguide_version_diff", args=[guide.pk, versions[0].pk])
    diff = client.get(diff_url)
    assert diff.status_code == 200
    html = diff.content.decode()
    # word by word, in both languages, under the field's name in the editors' words
    assert "<h3>Título (Inglés)</h3>" in html and "<h3>Título (Español)</h3>" in html
    assert "<h3>Título</h3>" not in html  # the column that mirrors Spanish is not shown twice
    assert "Italy guide <ins>2027</ins>" in html
    assert "Guía de Italia <ins>2027</ins>" in html
    assert "title_en" not in html

    history = client.get(reverse("admin:lines_countryguide_history", args=[guide.pk]))
    assert diff_url in history.content.decode()

    revision_url = reverse("admin:lines_countryguide_revision", args=[guide.pk, first.pk])
    form = client.get(revision_url)
    assert form.status_code == 200 and 'value="Italy guide"' in form.content.decode()
    assert client.post(revision_url, guide_form(guide)).status_code == 302
    guide.refresh_from_db()
    assert (guide.title_es, guide.title_en) == ("Guía de Italia", "Italy guide")


# --- Rich text --------------------------------------------------------------------------------


def png_bytes(size=(20, 10)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 16, 46)).save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name, content, origin="http://testserver"):
    return client.post(
        reverse("richtext_upload"),
        {"upload": SimpleUploadedFile(name, content)},
        HTTP_ORIGIN=origin,
    )


def test_image_upload_accepts_real_images_under_a_random_name(client, login_as, settings):
    login_as(roles.EDITORS)
    response = upload(client, "Foto del taller.png", png_bytes())
    assert response.status_code == 200
    body = response.json()
    assert body["uploaded"] == 1
    assert body["url"].startswith("/media/richtext/") and body["url"].endswith(".png")
    assert "Foto" not in body["url"]
    assert (settings.MEDIA_ROOT / "richtext" / body["fileName"]).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("informe.pdf", b"%PDF-1.4 fake", "no es una imagen"),
        ("foto.png", b"<svg onload=alert(1)>", "no es una imagen"),
        ("foto.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "no es una imagen"),
    ],
)
def test_image_upload_refuses_what_is_not_an_image(client, login_as, name, content, message):
    login_as(roles.EDITORS)
    response = upload(client, name, content)
    assert response.status_code == 400
    assert response.json()["uploaded"] == 0
    assert message in response.json()["error"]["message"]


def test_image_upload_refuses_oversized_files(client, login_as, monkeypatch):
    from infomigra import richtext_upload

    login_as(roles.EDITORS)
    monkeypatch.setattr(richtext_upload, "MAX_BYTES", 100)
    assert (
        "el máximo es"
        in upload(client, "grande.png", png_bytes((200, 200))).json()["error"]["message"]
    )


def test_image_upload_is_for_staff_only(client, settings):
    response = upload(client, "foto.png", png_bytes())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert not (settings.MEDIA_ROOT / "richtext").exists()


def test_pasted_word_formatting_is_cleaned_on_save():
    word = (
        '<p class="MsoNormal" style="margin:0cm;font-family:Calibri"><span lang="ES-PE" '
        'style="font-size:11.0pt">Lleva tu <b>pasaporte</b><o:p></o:p></span></p>'
        "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
        '<p><font face="Arial" color="red">vigente</font></p>'
    )
    section = SectionFactory(body_es=word)
    section.refresh_from_db()
    assert section.body_es == sanitize_html(word)
    assert section.body_es == "<p>Lleva tu <b>pasaporte</b></p><p>vigente</p>"


# --- Feedback ---------------------------------------------------------------------------------


def test_feedback_is_stored_without_personal_data_and_thanks_the_visitor(client):
    section = SectionFactory(title_es="Primeras consideraciones")
    page = url_of(section)
    html = client.get(page).content.decode()
    assert 'action="/es/opinion/"' in html and 'name="useful"' in html
    assert "csrftoken" not in client.cookies  # public pages set no cookie

    response = client.post(
        "/es/opinion/",
        {
            "path": page,
            "title": "Primeras consideraciones",
            "useful": "no",
            "comment": " Falta Italia ",
        },
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 302
    assert response["Location"] == f"{page}?opinion=gracias#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.path, feedback.useful, feedback.comment, feedback.language) == (
        page, False, "Falta Italia", "es",
    )  # fmt: skip
    stored = {field.name: getattr(feedback, field.name) for field in PageFeedback._meta.fields}
    assert "203.0.113.9" not in str(stored)
    assert "¡Gracias por tu opinión!" in client.get(response["Location"]).content.decode()


def test_feedback_without_an_answer_gets_a_message(client):
    response = client.post("/es/opinion/", {"path": "/es/", "comment": "hola"})
    assert response.status_code == 400
    assert "Elige «Sí» o «No»." in response.content.decode()
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "path", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]
)
def test_feedback_never_redirects_off_site(client, path):
    response = client.post("/es/opinion/", {"path": path, "useful": "yes"})
    assert response.status_code == 400
    assert not PageFeedback.objects.exists()


def test_feedback_honeypot_and_rate_limit(client):
    client.post("/es/opinion/", {"path": "/es/", "useful": "yes", "website": "http://spam"})
    assert not PageFeedback.objects.exists()
    for _ in range(20):
        client.post("/es/opinion/", {"path": "/es/", "useful": "yes"})
    assert PageFeedback.objects.count() == 20
    assert client.post("/es/opinion/", {"path": "/es/", "useful": "yes"}).status_code == 429
    assert PageFeedback.objects.count() == 20


def test_feedback_is_counted_per_page_for_editors(client, login_as):
    for useful in (True, True, True, False):
        PageFeedback.objects.create(path="/es/guias/espana/", language="es", useful=useful)
    PageFeedback.objects.create(path="/es/", language="es", useful=False, comment="No entendí")
    summary = {row["path"]: row for row in PageFeedback.objects.summary_by_page()}
    assert summary["/es/guias/espana/"]["total"] == 4
    assert summary["/es/guias/espana/"]["share_yes"] == 75.0
    assert summary["/es/"]["comments"] == 1

    login_as(roles.EDITORS)
    html = client.get(reverse("admin:infomigra_pagefeedback_by_page")).content.decode()
    assert "/es/guias/espana/" in html and "75 %" in html
    assert html.index("/es/</code>") < html.index("/es/guias/espana/")  # least useful first


# --- Dashboard and roles ----------------------------------------------------------------------


def test_dashboard_shows_editors_what_needs_attention(client, login_as):
    SectionFactory(last_reviewed=datetime.date(2020, 1, 1))
    SectionFactory(body_en="")
    SectionFactory(publish_at=timezone.now() + datetime.timedelta(days=3))
    CountryGuideFactory(status=Status.DRAFT)
    PageFeedback.objects.create(path="/es/", language="es", useful=False, comment="Muy útil no")
    login_as(roles.EDITORS)
    response = client.get(reverse("admin:index"))
    panels = {panel["title"]: panel for panel in response.context["dashboard_panels"]}
    content = panels["Contenido: revisiones, traducciones y publicación"]
    rows = {str(row["name"]): row for row in content["rows"]}
    assert rows["secciones"]["due"] == 1
    assert rows["secciones"]["missing"] == 1
    assert rows["secciones"]["scheduled"] == 1
    assert rows["guías de país"]["drafts"] == 1
    assert "Muy útil no" in response.content.decode()


def test_dashboard_hides_content_from_attention_staff(client, login_as):
    SectionFactory(last_reviewed=datetime.date(2020, 1, 1))
    login_as(roles.ATTENTION)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    titles = [str(panel["title"]) for panel in response.context["dashboard_panels"]]
    assert "Contenido: revisiones, traducciones y publicación" not in titles


def test_only_published_guides_reach_the_sitemap_and_search(client):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    published = CountryGuideFactory(country="AR", title_es="Guía de Argentina", slug_es="arg")
    scheduled = CountryGuideFactory(
        country="CL", title_es="Guía de Chile", slug_es="chi", publish_at=tomorrow
    )
    draft = CountryGuideFactory(
        country="BO", title_es="Guía de Bolivia", slug_es="bol", status=Status.DRAFT
    )
    guides = (published, scheduled, draft)

    def in_sitemap():
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        xml = response.content.decode()
        return {guide.title_es for guide in guides if f"{url_of(guide)}</loc>" in xml}

    def in_search():
        response = client.get("/es/buscar/", {"q": "guia"})
        assert response.status_code == 200
        return {guide.title_es for guide in guides} & {
            hit.title for hit in response.context["hits"]
        }

    assert in_sitemap() == in_search() == {"Guía de Argentina"}
    with time_machine.travel(tomorrow + datetime.timedelta(minutes=1)):
        assert in_sitemap() == in_search() == {"Guía de Argentina", "Guía de Chile"}


def test_a_spanish_only_edit_marks_english_outdated_though_the_editor_rewrote_its_markup():
    """Issue 11: saving from the admin, CKEditor rewrites both languages' HTML (line breaks,
    entities, attribute order); only the Spanish words changed, so the English is outdated —
    the first time."""
    section = SectionFactory(
        body_es='<ul><li>Pasaporte vigente</li><li><a href="https://www.gob.pe/x">Trámite</a></li></ul>',
        body_en='<ul><li>A valid passport</li><li><a href="https://www.gob.pe/x">Procedure</a> “now”</li></ul>',
    )  # fmt: skip
    assert section.translation_status == TranslationStatus.CURRENT
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        section.body_es = ('<ul>\n\t<li>Pasaporte vigente y DNI</li>\n\t<li><a href="https://www.gob.pe/x">'
                           "Trámite</a></li>\n</ul>\n")  # fmt: skip
        section.body_en = ('<ul>\n\t<li>A valid&nbsp;passport</li>\n\t<li><a href="https://www.gob.pe/x">'
                           "Procedure</a> &ldquo;now&rdquo;</li>\n</ul>\n")  # fmt: skip
        section.save()
    assert section.translation_status == TranslationStatus.OUTDATED


def test_a_changed_link_in_spanish_marks_english_outdated():
    section = SectionFactory(body_es='<p><a href="https://www.gob.pe/a">Trámite</a></p>',
                             body_en='<p><a href="https://www.gob.pe/a">Procedure</a></p>')  # fmt: skip
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        section.body_es = '<p><a href="https://www.gob.pe/b">Trámite</a></p>'
        section.save()
    assert section.translation_status == TranslationStatus.OUTDATED


def test_the_migration_keeps_the_status_and_stores_the_new_fingerprints():
    """After the upgrade, the first Spanish-only edit of existing content is caught too: the
    data migration stored each item's fingerprints as they are computed now."""
    from django.apps import apps

    from infomigra.models import fingerprint, refresh_fingerprints

    section = SectionFactory(body_es="<p>Uno</p>", body_en="<p>One</p>")
    type(section).objects.filter(pk=section.pk).update(source_fingerprint="old",
                                                       translation_fingerprint="old")  # fmt: skip
    refresh_fingerprints(apps, "lines")
    section.refresh_from_db()
    assert section.translation_fingerprint == fingerprint(section._texts("en"))
    assert section.translation_status == TranslationStatus.CURRENT
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        section.body_es = "<p>Uno y dos</p>"
        section.body_en = "<p>One</p>\n"
        section.save()
    assert section.translation_status == TranslationStatus.OUTDATED


def test_a_guide_shows_the_worst_translation_state_of_its_chapters(client, login_as):
    """Issue 11: a guide said "up to date" while one of its chapters was outdated."""
    from infomigra.dashboard import panels
    from lines.models import CountryGuide

    chapter = GuideChapterFactory(body_es="<p>Permiso</p>", body_en="<p>Permit</p>")
    guide = chapter.guide
    GuideChapterFactory(guide=guide, kind="health")
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1)):
        chapter.body_es = "<p>Permiso de trabajo y residencia</p>"
        chapter.save()
    guide.refresh_from_db()
    assert guide.translation_status == TranslationStatus.CURRENT  # its own fields
    worst = CountryGuide.objects.with_worst_translation().get(pk=guide.pk)
    assert worst.worst_translation_status == TranslationStatus.OUTDATED
    assert list(CountryGuide.objects.translation_is(TranslationStatus.OUTDATED)) == [guide]

    login_as(roles.EDITORS)
    changelist = reverse("admin:lines_countryguide_changelist")
    page = client.get(changelist).content.decode()
    assert "Inglés desactualizado (en capítulos)" in page
    filtered = client.get(changelist, {"traduccion": "outdated"})
    assert list(filtered.context["cl"].result_list) == [guide]
    assert list(client.get(changelist, {"traduccion": "missing"}).context["cl"].result_list) == []
    request = client.get(reverse("admin:index")).wsgi_request
    (content,) = [panel for panel in panels(request) if panel.get("rows") is not None
                  and panel["template"].endswith("panel_content.html")]  # fmt: skip
    rows = {str(row["name"]): row for row in content["rows"]}
    assert rows["guías de país"]["outdated"] == 1
    assert rows["guías de país"]["outdated_url"].endswith("?traduccion=outdated")


def test_a_status_change_reads_as_its_choice_names_in_the_history(client, login_as):
    """Issue 11: the diff showed "Estado status − published + draft"."""
    editor = login_as(roles.EDITORS)
    guide = CountryGuideFactory(country="IT", status=Status.PUBLISHED)
    change_url = reverse("admin:lines_countryguide_change", args=[guide.pk])
    client.post(change_url, guide_form(guide, _publish="1"))
    client.post(reverse("admin:lines_countryguide_changelist"),
                {"action": "unpublish", "_selected_action": [guide.pk]})  # fmt: skip
    unpublished = Version.objects.get_for_object(guide)[0]
    html = client.get(reverse("admin:lines_countryguide_version_diff",
                              args=[guide.pk, unpublished.pk])).content.decode()  # fmt: skip
    assert "<h3>Estado</h3>" in html
    assert "<del>Publicado</del> → <ins>Borrador</ins>" in html
    assert "published" not in html.split('id="content-main"')[1]
    assert editor.is_staff


def test_a_rich_text_whose_words_are_the_same_has_not_changed():
    """Only the chapters an editor touched are saved and recorded: CKEditor rewriting the
    markup of the others (line breaks, entities) is no change."""
    from django.forms import modelform_factory

    from lines.models import GuideChapter

    chapter = GuideChapterFactory(body_es="<p>Hola “mundo”</p><ul><li>Uno</li></ul>")
    Form = modelform_factory(GuideChapter, fields=["body_es"])
    same = Form({"body_es": "<p>Hola &ldquo;mundo&rdquo;</p>\n<ul>\n\t<li>Uno</li>\n</ul>\n"},
                instance=chapter)  # fmt: skip
    assert not same.has_changed()
    edited = Form({"body_es": "<p>Hola mundo</p><ul><li>Uno</li><li>Dos</li></ul>"},
                  instance=chapter)  # fmt: skip
    assert edited.has_changed()


def test_a_chapter_is_edited_with_the_lighter_toolbar(client, login_as):
    """Issue 11: chapters, edited in two columns, get one row of buttons (no table, no image)."""
    import html as html_module
    import json
    import re

    from complementary.tests.factories import NewsItemFactory

    login_as(roles.EDITORS)
    chapter = GuideChapterFactory()
    news = NewsItemFactory()

    def toolbars(url):
        page = client.get(url).content.decode()
        configs = re.findall(r'data-config="([^"]+)"', page)
        assert configs
        return [json.loads(html_module.unescape(c))["toolbar_InfoMigra"] for c in configs]

    for toolbar in toolbars(reverse("admin:lines_guidechapter_change", args=[chapter.pk])):
        buttons = [button for group in toolbar for button in group]
        assert len(toolbar) == 1 and "Table" not in buttons and "Image" not in buttons
        assert {"Format", "Bold", "BulletedList", "Link"} <= set(buttons)
    for toolbar in toolbars(reverse("admin:complementary_newsitem_change", args=[news.pk])):
        assert "Table" in [button for group in toolbar for button in group]


def test_a_paragraph_added_after_another_is_shown_as_added_words_only():
    from infomigra.history import word_diff

    before = "<p>Confirma en el Portal de Inmigración.</p>"
    after = "<p>Confirma en el Portal de Inmigración.</p><ul><li>Texto nuevo.</li></ul>"
    assert word_diff(before, after) == [
        ("same", "Confirma en el Portal de Inmigración."),
        ("added", "Texto nuevo."),
    ]
