"""End-to-end in real Chromium (Debian's package) through Playwright, with axe-core checks.

Run with `make test-browser`; `CHROMIUM` points at the browser binary.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_walk_home_line_one_spain_guide_english_and_back(live_server, page, assert_accessible):
    call_command("load_demo_content")

    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/es/"
    assert page.locator("html").get_attribute("lang") == "es"
    assert_accessible(page)

    page.get_by_role("link", name="¿Vas a trabajar en el extranjero?").first.click()
    assert page.locator("h1").inner_text() == "¿Vas a trabajar en el extranjero?"
    assert_accessible(page)

    page.get_by_role("link", name="Primeros pasos", exact=False).first.click()
    page.get_by_role("link", name="Guía para trabajar en España").click()
    assert "/es/guias/espana/" in page.url
    assert_accessible(page)

    page.get_by_role("link", name="English").click()
    assert page.url == f"{live_server.url}/en/guides/spain/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Spain" in page.locator("h1").inner_text()
    assert_accessible(page)

    page.get_by_role("link", name="Español").click()
    assert page.url == f"{live_server.url}/es/guias/espana/"
    assert "España" in page.locator("h1").inner_text()


def test_keyboard_user_reaches_the_content_with_the_skip_link(live_server, page, assert_accessible):
    call_command("load_demo_content")
    page.goto(f"{live_server.url}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.bounding_box()["y"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_every_kind_of_public_page_passes_axe_in_both_languages(
    live_server, page, assert_accessible
):
    from django.utils import translation

    from lines.models import ActionLine, CountryGuide, Section

    call_command("load_demo_content")
    objects = [
        ActionLine.objects.get(number=2),
        *Section.objects.exclude(component="").order_by("pk"),
        Section.objects.filter(programmes__isnull=False).first(),
        CountryGuide.objects.get(country="IT"),
    ]
    for language in ("es", "en"):
        with translation.override(language):
            paths = [
                f"/{language}/",
                reverse("lines:guide_list"),
                reverse("lines:institution_list"),
                reverse("lines:institution_list") + "?country=ES&kind=consulate",
                reverse("lines:institution_list") + "?country=XX",
                f"/{language}/no-such-page/",
                *(obj.get_absolute_url() for obj in objects),
                reverse("lines:guide_print", kwargs={"slug": objects[-1].slug}),
                reverse("lines:line_print", kwargs={"slug": objects[0].slug}),
            ]
        for path in paths:
            page.goto(f"{live_server.url}{path}")
            assert page.locator("html").get_attribute("lang") == language, path
            assert_accessible(page)


def test_a_guide_to_take_along_from_its_page(live_server, page, assert_accessible):
    call_command("load_demo_content")
    page.goto(f"{live_server.url}/en/guides/spain/")
    page.get_by_role("link", name="Printable version").click()
    assert page.url == f"{live_server.url}/en/guides/spain/print/"
    assert "Spain" in page.locator("h1").inner_text()
    assert_accessible(page)
    pdf = page.get_by_role("link", name="Download as PDF (A4)").get_attribute("href")
    answer = page.request.get(f"{live_server.url}{pdf}")
    assert answer.status == 200 and answer.headers["content-type"] == "application/pdf"
    page.get_by_role("link", name="Back to the page").click()
    assert page.url == f"{live_server.url}/en/guides/spain/"
