"""Issue 11, done when: in real Chromium, an editor opens the published Spain guide, edits one
chapter in both languages, previews, schedules the change for a minute later; the public page
keeps the old text until then and shows the new text, the "last updated" date and the change
note after; a subscriber to the guide gets exactly one alert; the history shows only that
chapter's change, word by word; the translation status and the dashboard are right at each
step."""

import datetime
import re

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from contact.models import Subscription
from infomigra import roles
from infomigra.models import TranslationStatus, WorkingCopy
from infomigra.tests.test_browser import log_in
from lines.models import CountryGuide, GuideChapter

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADDED_ES = "Desde enero se pide también el certificado de antecedentes penales apostillado."
ADDED_EN = "From January an apostilled criminal record certificate is also required."


def dashboard_row(page, live_server):
    """The guides' row of the editors' dashboard, as the editor reads it."""
    page.goto(f"{live_server.url}/admin/")
    row = page.locator(".dashboard-table tr", has_text="Guías de país")
    if row.count() == 0:
        return {}
    cells = row.locator("td").all_inner_texts()
    return dict(zip(["due", "missing", "outdated", "scheduled", "drafts", "pending"],
                    [int(c) for c in cells], strict=True))  # fmt: skip


def test_an_editor_schedules_a_chapter_change_of_the_live_spain_guide(
    live_server, page, staff_user, run_worker, assert_accessible
):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    spain = CountryGuide.objects.get(country="ES")
    Subscription.objects.create(email="rosa@example.com", language="es",
                                confirmed_at=timezone.now(), object_id=spain.pk,
                                content_type=ContentType.objects.get_for_model(spain))  # fmt: skip
    public_url = f"{live_server.url}/es/guias/{spain.slug_es}/"
    reader = page.context.browser.new_context(locale="es-PE").new_page()
    reader.goto(public_url)
    expect(reader.locator("main")).to_be_visible()
    assert ADDED_ES not in reader.content()

    # the editor opens the guide and, from its list of chapters, one chapter's own form
    change_url = reverse("admin:lines_countryguide_change", args=[spain.pk])
    log_in(page, live_server, staff_user, roles.EDITORS, change_url)
    expect(page.get_by_text("Esta página está publicada")).to_be_visible()
    outdated_before = dashboard_row(page, live_server).get("outdated", 0)
    page.goto(f"{live_server.url}{change_url}")
    page.locator("#chapters-group a.inlinechangelink").first.click()
    page.wait_for_url("**/admin/lines/guidechapter/*/change/")
    chapter = GuideChapter.objects.get(pk=int(re.search(r"/(\d+)/change/", page.url).group(1)))
    assert chapter.guide_id == spain.pk and chapter.translation_status == TranslationStatus.CURRENT
    page.wait_for_function(
        "window.CKEDITOR && Object.values(CKEDITOR.instances).length === 2"
        " && Object.values(CKEDITOR.instances).every(e => e.status === 'ready')"
    )
    page.evaluate(
        """([es, en]) => {
            for (const [name, text] of [["id_body_es", es], ["id_body_en", en]]) {
                const editor = CKEDITOR.instances[name];
                editor.setData(editor.getData() + "<p>" + text + "</p>");
            }
        }""",
        [ADDED_ES, ADDED_EN],
    )
    page.get_by_label("Cambio importante para los lectores").check()
    page.get_by_label("Nota del cambio (español)").fill("Nuevo requisito: antecedentes penales")
    page.get_by_label("Nota del cambio (inglés)").fill("New requirement: criminal record")
    with page.expect_navigation():
        page.locator('input[name="_save"]').click()

    # the pending change, compared with the live version: only this chapter, word by word
    expect(page.get_by_role("heading", name=re.compile("Cambios pendientes"))).to_be_visible()
    expect(page.locator("ins", has_text="apostillado")).to_be_visible()
    expect(page.locator("ins", has_text="apostilled")).to_be_visible()
    assert page.locator(".version-change").count() == 1
    assert_accessible(page)
    copy_url = page.url
    chapter.refresh_from_db()
    assert ADDED_ES not in chapter.body_es  # the live chapter is untouched
    assert chapter.translation_status == TranslationStatus.CURRENT
    reader.reload()
    assert ADDED_ES not in reader.content()

    # the preview: the public layout with the pending text, for the editor only
    preview_href = page.get_by_role("link", name="Vista previa en la página pública").get_attribute(
        "href"
    )
    page.goto(f"{live_server.url}{preview_href}")
    expect(page.get_by_text(ADDED_ES)).to_be_visible()
    expect(page.get_by_text("Vista previa de cambios pendientes")).to_be_visible()
    assert_accessible(page)
    row = dashboard_row(page, live_server)
    assert row["pending"] == 1 and row["outdated"] == outdated_before

    # scheduled a minute later
    page.goto(copy_url)
    when = timezone.localtime() + datetime.timedelta(minutes=1)
    page.get_by_label("Publicar el").fill(when.strftime("%Y-%m-%dT%H:%M"))
    with page.expect_navigation():
        page.get_by_role("button", name="Publicar", exact=True).click()
    expect(page.get_by_text("Cambios programados para el")).to_be_visible()
    copy = WorkingCopy.objects.get()
    assert copy.publish_at == when.replace(second=0, microsecond=0)

    run_worker()  # not yet: the public keeps the old text
    reader.reload()
    assert ADDED_ES not in reader.content()
    assert not mail.outbox

    with time_machine.travel(copy.publish_at + datetime.timedelta(seconds=5), tick=True):
        run_worker()  # publishes, then sends the alert it queued
        reader.reload()
        expect(reader.get_by_text(ADDED_ES)).to_be_visible()
        note = reader.locator(".change-note")
        expect(note).to_contain_text("Última actualización:")
        expect(note).to_contain_text("Nuevo requisito: antecedentes penales")
        run_worker()
    alerts = [message for message in mail.outbox if message.to == ["rosa@example.com"]]
    assert len(alerts) == 1 and "antecedentes penales" in alerts[0].body

    # the history: the change that was published holds only that chapter's change
    page.goto(f"{live_server.url}{reverse('admin:lines_countryguide_history', args=[spain.pk])}")
    page.locator("#change-history a", has_text="Ver").last.click()  # the newest
    expect(page.get_by_role("heading", name="Qué cambió")).to_be_visible()
    assert page.locator(".version-change").count() == 1
    expect(page.locator(".version-change h2")).to_contain_text(chapter.title_es)
    expect(page.locator("ins", has_text="apostillado")).to_be_visible()
    assert_accessible(page)

    # both languages were edited: the chapter's English is still up to date
    chapter.refresh_from_db()
    assert ADDED_EN in chapter.body_en and chapter.translation_status == TranslationStatus.CURRENT
    row = dashboard_row(page, live_server)
    assert row.get("pending", 0) == 0 and row.get("outdated", 0) == outdated_before


def test_scheduling_a_news_item_takes_four_actions_from_the_admin_index(
    live_server, page, staff_user
):
    """One way to schedule: a single "Publicar el" (empty: now); the status follows from it."""
    from complementary.models import NewsItem
    from complementary.tests.factories import NewsItemFactory
    from infomigra.models import Status

    news = NewsItemFactory(title_es="Feria de empleo en Madrid", status=Status.DRAFT)
    log_in(page, live_server, staff_user, roles.EDITORS, "/admin/")
    when = timezone.localtime() + datetime.timedelta(days=2)
    page.get_by_role("link", name="Noticias", exact=True).click()  # 1
    page.get_by_role("link", name="Feria de empleo en Madrid").click()  # 2
    page.get_by_label("Publicar el").fill(when.strftime("%Y-%m-%dT%H:%M"))  # 3
    with page.expect_navigation():
        page.get_by_role("button", name="Publicar (ahora o en la fecha indicada)").click()  # 4
    news.refresh_from_db()
    assert news.status == Status.PUBLISHED
    assert news.publish_at == when.replace(second=0, microsecond=0)
    assert news.published_on == when.date()  # the date readers see follows it
    expect(page.get_by_text(f"Programado: {when:%Y-%m-%d %H:%M}")).to_be_visible()
    assert not NewsItem.objects.published().exists()
