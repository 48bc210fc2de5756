"""Subscribing to a guide's changes in real Chromium on a 375 px phone, in English: the box on
the guide page, the "check your e-mail" page, the confirmation link from the e-mail, and the
one-click way out; axe-core finds nothing on each page."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from contact.models import Subscription

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_subscribe_to_the_spain_guide_confirm_and_leave(live_server, page, assert_accessible):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"{live_server.url}/en/guides/spain/")
    box = page.locator(".subscribe-box")
    box.get_by_label("Your e-mail address").fill("rosa@example.com")
    box.get_by_label(re.compile("I agree that my e-mail address")).check()
    box.get_by_role("button", name="Subscribe").click()
    page.wait_for_url("**/en/alerts/check-your-email/")
    expect(page.get_by_text("We have sent you an e-mail")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(page)

    call_command("contact_send_pending", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (confirmation,) = mail.outbox
    link = re.search(r"http://\S+/en/alerts/confirm/\S+/", confirmation.body).group(0)
    page.goto(link)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Done: we will e-mail you")).to_be_visible()
    assert Subscription.objects.get().confirmed_at is not None

    from contact.services import subscription_token

    page.goto(
        f"{live_server.url}/en/alerts/unsubscribe/{subscription_token(Subscription.objects.get(), 'leave')}/"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_text("You will no longer receive alerts")).to_be_visible()
    assert not Subscription.objects.exists()
