"""Editors change live content without taking it offline (issue 11): saving a page the public
sees keeps the change pending; staff preview it on the public page and compare it with the live
version; it is published now or at a time (by the worker), in one revision holding the whole
unit (a guide and its chapters), which can be restored as a whole."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from reversion.models import Version

from contact.models import OutboundEmail, Subscription
from infomigra import roles
from infomigra.models import ChangeNote, Status, TranslationStatus, WorkingCopy
from infomigra.tests.test_editorial import guide_form
from lines.models import GuideChapter
from lines.tests.factories import CountryGuideFactory, GuideChapterFactory

pytestmark = pytest.mark.django_db(transaction=True)  # alerts and tasks go after the commit

OLD_ES, NEW_ES = (
    "<p>Se pide el contrato firmado.</p>",
    "<p>Se pide el contrato firmado y el pasaporte.</p>",
)
OLD_EN, NEW_EN = (
    "<p>A signed contract is required.</p>",
    "<p>A signed contract and a passport are required.</p>",
)


@pytest.fixture
def spain():
    guide = CountryGuideFactory(country="ES", title_es="Guía de España", title_en="Spain guide",
                                slug_es="espana", slug_en="spain", status=Status.PUBLISHED)  # fmt: skip
    GuideChapterFactory(guide=guide, kind=GuideChapter.Kind.WORK_PERMIT, title_es="Permiso",
                        title_en="Permit", body_es=OLD_ES, body_en=OLD_EN, order=1)  # fmt: skip
    GuideChapterFactory(guide=guide, kind=GuideChapter.Kind.HEALTH, title_es="Salud",
                        title_en="Health", body_es="<p>Seguro</p>", body_en="<p>Insurance</p>",
                        order=2)  # fmt: skip
    return guide


def chapter_form(chapter, **changes):
    data = {
        "guide": chapter.guide_id, "kind": chapter.kind, "order": chapter.order,
        "title_es": chapter.title_es, "title_en": chapter.title_en,
        "body_es": chapter.body_es, "body_en": chapter.body_en,
        "last_reviewed": "2026-11-20", "review_interval_months": "12",
    }  # fmt: skip
    data.update(changes)
    return data


def public(path, client=None):
    return (client or Client()).get(path).content.decode()


def guide_url(guide, language="es"):
    with translation.override(language):
        return guide.get_absolute_url()


def edit_permit(client, spain, **changes):
    chapter = spain.chapters.get(kind=GuideChapter.Kind.WORK_PERMIT)
    url = reverse("admin:lines_guidechapter_change", args=[chapter.pk])
    return chapter, client.post(
        url, chapter_form(chapter, **{"body_es": NEW_ES, "body_en": NEW_EN, **changes})
    )


def test_a_live_guides_chapter_is_edited_without_taking_the_guide_offline(client, login_as,
                                                                          spain):  # fmt: skip
    login_as(roles.EDITORS)
    chapter, response = edit_permit(client, spain)
    copy = WorkingCopy.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:infomigra_workingcopy_change", args=[copy.pk])
    assert copy.item == spain and len(copy.rows) == 1

    chapter.refresh_from_db()
    assert chapter.body_es == OLD_ES and chapter.translation_status == TranslationStatus.CURRENT
    page = public(guide_url(spain))
    assert "contrato firmado." in page and "pasaporte" not in page  # the public: the live text

    # the editor's form goes on from the pending text and says the page is live
    form = client.get(reverse("admin:lines_guidechapter_change", args=[chapter.pk]))
    assert "y el pasaporte" in form.content.decode()
    assert "Hay cambios pendientes sin publicar" in form.content.decode()

    # the preview: the public page as it will be, for staff only, never cached nor indexed
    preview = client.get(guide_url(spain, "en"), {"cambios": copy.pk})
    html = preview.content.decode()
    assert "a passport are required" in html and "Vista previa de cambios pendientes" not in html
    assert "Preview of pending changes" in html
    assert preview["Cache-Control"] == "private, no-store" and preview["X-Robots-Tag"] == "noindex"
    anonymous = Client().get(guide_url(spain), {"cambios": copy.pk}).content.decode()
    assert "pasaporte" not in anonymous and "Vista previa" not in anonymous

    # the comparison: only the chapter, word by word, in both languages
    compare = client.get(response["Location"]).content.decode()
    assert "Se pide el contrato <del>firmado.</del> <ins>firmado y el pasaporte.</ins>" in compare
    assert compare.count('class="module version-change"') == 1
    assert "Texto (Inglés)" in compare and "Texto (Español)" in compare


def test_publishing_writes_the_whole_guide_in_one_revision_with_who_and_when(client, login_as,
                                                                             spain):  # fmt: skip
    editor = login_as(roles.EDITORS, "editora")
    chapter, response = edit_permit(client, spain, body_en=OLD_EN)  # Spanish only
    published = client.post(response["Location"], {"publish_at": "", "_publish": "1"})
    assert published.status_code == 302
    assert published["Location"] == reverse("admin:lines_countryguide_change", args=[spain.pk])

    chapter.refresh_from_db()
    assert chapter.body_es == NEW_ES
    # the first Spanish-only edit marks English outdated, on the chapter and on its guide
    assert chapter.translation_status == TranslationStatus.OUTDATED
    copy = WorkingCopy.objects.get()
    assert copy.published_by == editor and copy.published_at is not None
    assert not WorkingCopy.objects.open().exists()
    assert "y el pasaporte" in public(guide_url(spain))

    # the live version was recorded first (to compare with and restore), then the change
    version, baseline = Version.objects.get_for_object(spain)
    assert baseline.field_dict["title_es"] == "Guía de España"
    revision = version.revision
    assert revision.user == editor
    stored = {(v.content_type.model, int(v.object_id)) for v in revision.version_set.all()}
    assert {("countryguide", spain.pk)} | {
        ("guidechapter", c.pk) for c in spain.chapters.all()
    } <= stored

    # the history: only that chapter's change, word by word
    diff = client.get(reverse("admin:lines_countryguide_version_diff",
                              args=[spain.pk, version.pk])).content.decode()  # fmt: skip
    assert diff.count('class="module version-change"') == 1
    assert "Capítulo: Permiso" in diff and "<ins>firmado y el pasaporte.</ins>" in diff
    assert "Texto (Inglés)" not in diff  # English was not touched

    changelist = client.get(
        reverse("admin:lines_countryguide_changelist"), {"traduccion": "outdated"}
    )
    assert list(changelist.context["cl"].result_list) == [spain]


def test_a_scheduled_change_waits_for_its_time_then_the_worker_publishes_it(
    client, login_as, spain, run_worker
):
    login_as(roles.EDITORS)
    Subscription.objects.create(email="rosa@example.com", language="es", confirmed_at=timezone.now(),
                                content_type=ContentType.objects.get_for_model(spain),
                                object_id=spain.pk)  # fmt: skip
    _chapter, response = edit_permit(client, spain, significant_change="on",
                                     change_note_es="Se pide también el pasaporte",
                                     change_note_en="A passport is also required")  # fmt: skip
    assert not ChangeNote.objects.exists()  # the note waits for the change
    when = timezone.localtime() + datetime.timedelta(minutes=1)
    scheduled = client.post(response["Location"],
                            {"publish_at": when.strftime("%Y-%m-%dT%H:%M"), "_publish": "1"})  # fmt: skip
    assert scheduled.status_code == 302
    copy = WorkingCopy.objects.get()
    assert copy.publish_at == when.replace(second=0, microsecond=0)
    assert DBTaskResult.objects.filter(run_after=copy.publish_at).count() == 1

    run_worker()  # too early: nothing happens
    assert "pasaporte" not in public(guide_url(spain))
    assert OutboundEmail.objects.filter(kind=OutboundEmail.Kind.CHANGE_ALERT).count() == 0

    with time_machine.travel(copy.publish_at + datetime.timedelta(seconds=5)):
        run_worker()
        page = public(guide_url(spain))
    assert "y el pasaporte" in page and "Se pide también el pasaporte" in page
    copy.refresh_from_db()
    assert copy.published_at is not None
    alerts = OutboundEmail.objects.filter(kind=OutboundEmail.Kind.CHANGE_ALERT)
    assert [a.to for a in alerts] == ["rosa@example.com"]


def test_restoring_a_guide_version_restores_its_chapters(client, login_as, spain):
    login_as(roles.EDITORS)
    change = reverse("admin:lines_countryguide_change", args=[spain.pk])
    client.post(change, guide_form(spain, _publish="1"))  # a version of the whole guide
    before = Version.objects.get_for_object(spain).get()
    _chapter, response = edit_permit(client, spain)
    client.post(response["Location"], {"publish_at": "", "_publish": "1"})
    assert "y el pasaporte" in public(guide_url(spain))

    restore = reverse("admin:lines_countryguide_revision", args=[spain.pk, before.pk])
    assert client.post(restore, guide_form(spain)).status_code == 302
    permit = spain.chapters.get(kind=GuideChapter.Kind.WORK_PERMIT)
    assert (permit.body_es, permit.body_en) == (OLD_ES, OLD_EN)
    assert not WorkingCopy.objects.open().exists()
    assert "pasaporte" not in public(guide_url(spain))


def test_discarding_keeps_the_live_version(client, login_as, spain):
    login_as(roles.EDITORS)
    _chapter, response = edit_permit(client, spain)
    assert client.post(response["Location"], {"_discard": "1"}).status_code == 302
    assert not WorkingCopy.objects.exists()
    assert "pasaporte" not in public(guide_url(spain))
    assert spain.chapters.get(kind=GuideChapter.Kind.WORK_PERMIT).body_es == OLD_ES


def test_a_draft_is_saved_directly_and_published_with_one_button(client, login_as):
    login_as(roles.EDITORS)
    guide = CountryGuideFactory(
        country="IT", status=Status.DRAFT, slug_es="italia", slug_en="italy"
    )
    change = reverse("admin:lines_countryguide_change", args=[guide.pk])
    client.post(change, guide_form(guide, title_es="Guía de Italia"))
    guide.refresh_from_db()
    assert guide.title_es == "Guía de Italia" and guide.status == Status.DRAFT
    assert not WorkingCopy.objects.exists()

    later = timezone.localtime() + datetime.timedelta(days=1)
    client.post(
        change, guide_form(guide, publish_at=later.strftime("%Y-%m-%dT%H:%M"), _publish="1")
    )
    guide.refresh_from_db()
    assert guide.status == Status.PUBLISHED and guide.publish_at > timezone.now()  # scheduled
    assert Client().get(guide_url(guide)).status_code == 404

    client.post(change, guide_form(guide, publish_at="", _publish="1"))  # empty: now
    guide.refresh_from_db()
    assert guide.publish_at <= timezone.now()
    assert Client().get(guide_url(guide)).status_code == 200


def test_only_staff_who_may_change_the_item_see_its_pending_changes(client, login_as, spain):
    login_as(roles.EDITORS)
    _chapter, response = edit_permit(client, spain)
    copy = WorkingCopy.objects.get()
    other = Client()
    clerk = get_user_model().objects.create_user("mesa", password="x", is_staff=True)
    other.force_login(clerk)
    assert "pasaporte" not in other.get(guide_url(spain), {"cambios": copy.pk}).content.decode()
    assert other.get(response["Location"]).status_code in (302, 403)


def test_the_dashboard_counts_pending_changes_and_the_guides_translation(client, login_as, spain):
    from infomigra.dashboard import panels

    login_as(roles.EDITORS)

    def guides_row():
        request = client.get(reverse("admin:index")).wsgi_request
        (content,) = [panel for panel in panels(request)
                      if panel["template"].endswith("panel_content.html")]  # fmt: skip
        rows = {str(row["name"]): row for row in content["rows"]}
        return rows.get("guías de país", {"pending": 0, "outdated": 0})

    assert guides_row()["pending"] == 0
    _chapter, response = edit_permit(client, spain, body_en=OLD_EN)  # Spanish only, pending
    row = guides_row()
    assert row["pending"] == 1 and row["outdated"] == 0  # the live English is still current
    assert row["pending_url"].endswith(
        f"content_type__id__exact={ContentType.objects.get_for_model(spain).pk}"
    )
    assert client.get(row["pending_url"]).status_code == 200
    client.post(response["Location"], {"publish_at": "", "_publish": "1"})
    row = guides_row()
    assert row["pending"] == 0 and row["outdated"] == 1


def news_form(news, **changes):
    data = {
        "title_es": news.title_es, "title_en": news.title_en, "slug_es": news.slug_es,
        "slug_en": news.slug_en, "scope": news.scope, "summary_es": news.summary_es,
        "summary_en": news.summary_en, "body_es": news.body_es, "body_en": news.body_en,
        "order": "0", "review_interval_months": "12",
        "publish_at": timezone.localtime(news.publish_at).strftime("%Y-%m-%dT%H:%M"),
    }  # fmt: skip
    data.update(changes)
    return data


def test_a_live_news_item_is_scheduled_from_its_own_form_and_the_list_says_so(client, login_as):
    """Every content type: a news item's "Publicar el" with a future time schedules the change;
    the live item keeps its own publication time meanwhile."""
    from complementary.tests.factories import NewsItemFactory

    login_as(roles.EDITORS)
    news = NewsItemFactory(title_es="Convocatoria abierta", body_es="<p>Plazo en marzo.</p>",
                           publish_at=timezone.now() - datetime.timedelta(days=3))  # fmt: skip
    live_since = news.publish_at
    change = reverse("admin:complementary_newsitem_change", args=[news.pk])
    later = timezone.localtime() + datetime.timedelta(hours=2)
    response = client.post(change, news_form(news, body_es="<p>Plazo ampliado a abril.</p>",
                                             publish_at=later.strftime("%Y-%m-%dT%H:%M"),
                                             _publish="1"))  # fmt: skip
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.body_es == "<p>Plazo en marzo.</p>" and news.publish_at == live_since
    copy = WorkingCopy.objects.get()
    assert copy.publish_at == later.replace(second=0, microsecond=0)
    assert "Plazo en marzo" in public(news.get_absolute_url())

    listing = client.get(reverse("admin:complementary_newsitem_changelist")).content.decode()
    assert "Publicado, con cambios pendientes" in listing


def test_a_sections_inline_rows_are_pending_with_it_and_the_unit_keeps_its_status(client,
                                                                                 login_as):  # fmt: skip
    from infomigra.services import content_set_status, working_copy_publish
    from lines.models import SectionSource
    from lines.tests.factories import SectionFactory, SectionSourceFactory

    editor = login_as(roles.EDITORS)
    section = SectionFactory(status=Status.PUBLISHED, line__status=Status.PUBLISHED)
    kept = SectionSourceFactory(section=section, title_es="Fuente que queda")
    dropped = SectionSourceFactory(section=section, title_es="Fuente que se va")
    data = {
        "line": section.line_id, "group": section.group, "title_es": section.title_es,
        "title_en": section.title_en, "slug_es": section.slug_es, "slug_en": section.slug_en,
        "summary_es": section.summary_es, "summary_en": section.summary_en,
        "body_es": section.body_es, "body_en": section.body_en, "procedure_url": "",
        "component": section.component, "order": "0", "review_interval_months": "12",
        "sources-TOTAL_FORMS": "3", "sources-INITIAL_FORMS": "2", "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "sources-0-id": kept.pk, "sources-0-section": section.pk,
        "sources-0-title_es": "Fuente que queda (corregida)", "sources-0-title_en": "Kept",
        "sources-0-url": kept.url, "sources-0-order": "0", "sources-1-order": "1",
        "sources-2-order": "2",
        "sources-1-id": dropped.pk, "sources-1-section": section.pk, "sources-1-DELETE": "on",
        "sources-1-title_es": dropped.title_es, "sources-1-title_en": "", "sources-1-url": dropped.url,
        "sources-2-section": section.pk, "sources-2-title_es": "Fuente nueva",
        "sources-2-title_en": "New source", "sources-2-url": "https://www.gob.pe/migraciones",
        "programmes-TOTAL_FORMS": "0", "programmes-INITIAL_FORMS": "0",
        "programmes-MIN_NUM_FORMS": "0", "programmes-MAX_NUM_FORMS": "1000",
    }  # fmt: skip
    response = client.post(reverse("admin:lines_section_change", args=[section.pk]), data)
    assert response.status_code == 302, [str(e) for e in (response.context["errors"] or [])]
    assert sorted(SectionSource.objects.values_list("title_es", flat=True)) == [
        "Fuente que queda", "Fuente que se va"]  # fmt: skip
    copy = WorkingCopy.objects.get()
    compare = client.get(response["Location"]).content.decode()
    assert "(nuevo)" in compare and "(se borrará)" in compare

    content_set_status(items=[section], status=Status.DRAFT, user=editor)  # withdrawn meanwhile
    working_copy_publish(copy=copy, user=editor)
    assert sorted(SectionSource.objects.values_list("title_es", flat=True)) == [
        "Fuente nueva", "Fuente que queda (corregida)"]  # fmt: skip
    section.refresh_from_db()
    assert section.status == Status.DRAFT  # publishing the copy did not undo the withdrawal


def test_a_chapter_added_to_a_live_guide_waits_with_the_guides_changes(client, login_as, spain):
    login_as(roles.EDITORS)
    add = reverse("admin:lines_guidechapter_add") + f"?guide={spain.pk}"
    response = client.post(add, {
        "guide": spain.pk, "kind": GuideChapter.Kind.EDUCATION, "order": "3",
        "title_es": "Estudios", "title_en": "Studies", "body_es": "<p>Convalida tu título.</p>",
        "body_en": "<p>Have your degree recognised.</p>", "review_interval_months": "12",
    })  # fmt: skip
    copy = WorkingCopy.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:infomigra_workingcopy_change", args=[copy.pk])
    assert spain.chapters.count() == 2 and "Convalida" not in public(guide_url(spain))
    assert "(nuevo)" in client.get(response["Location"]).content.decode()

    client.post(response["Location"], {"publish_at": "", "_publish": "1"})
    assert spain.chapters.count() == 3 and "Convalida tu título." in public(guide_url(spain))


def test_changes_to_an_item_deleted_meanwhile_are_dropped(client, login_as, spain):
    login_as(roles.EDITORS)
    _chapter, response = edit_permit(client, spain)
    spain.delete()
    page = client.get(response["Location"], follow=True)
    assert page.redirect_chain[-1][0] == reverse("admin:infomigra_workingcopy_changelist")
    assert "ya no están pendientes" in page.content.decode()
    assert not WorkingCopy.objects.exists()


def test_publish_now_from_a_live_items_own_form_goes_back_to_that_form(client, login_as, spain):
    login_as(roles.EDITORS)
    chapter, response = edit_permit(client, spain, _publish="1")
    own_form = reverse("admin:lines_guidechapter_change", args=[chapter.pk])
    assert response.status_code == 302 and response["Location"] == own_form
    page = client.get(own_form).content.decode()
    assert "Cambios publicados." in page and "Hay cambios pendientes" not in page
    chapter.refresh_from_db()
    assert chapter.body_es == NEW_ES and not WorkingCopy.objects.open().exists()


def test_reordering_a_list_sorts_each_row_by_its_own_state(client, login_as, spain):
    """The guides list edits "order" in place: the live guide's new place waits in its working
    copy, the draft's is saved; the first row's case is not applied to the next ones."""
    login_as(roles.EDITORS)
    draft = CountryGuideFactory(country="IT", status=Status.DRAFT, order=5)
    spain.order = 4
    spain.save()
    data = {"form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2", "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000", "_save": "Guardar"}  # fmt: skip
    rows = [spain, draft] if spain.pk < draft.pk else [draft, spain]
    for number, guide in enumerate(rows):
        data[f"form-{number}-id"] = guide.pk
        data[f"form-{number}-order"] = {spain.pk: 9, draft.pk: 1}[guide.pk]
    response = client.post(reverse("admin:lines_countryguide_changelist"), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    spain.refresh_from_db()
    assert draft.order == 1  # not live: saved
    assert spain.order == 4  # live: waits
    copy = WorkingCopy.objects.get()
    assert copy.item == spain and copy.rows[0]["fields"]["order"] == 9
