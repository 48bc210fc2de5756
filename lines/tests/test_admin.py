import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from infomigra import roles
from lines.models import CountryGuide, GuideChapter

from .factories import CountryGuideFactory, GuideChapterFactory

pytestmark = pytest.mark.django_db


def inline_management(prefix, total=0, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_the_three_staff_groups_exist_and_editors_can_edit_lines():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL)
    editors = Group.objects.get(name=roles.EDITORS)
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {
        "add_countryguide",
        "change_countryguide",
        "change_section",
        "add_institution",
    } <= codenames


def test_editor_adds_a_guide_with_a_chapter_in_both_languages(client, login_as):
    login_as(roles.EDITORS)
    add_url = reverse("admin:lines_countryguide_add")
    form_page = client.get(add_url)
    assert form_page.status_code == 200
    assert "title_en" in form_page.content.decode()  # side-by-side language fields

    data = {
        "country": "AR",
        "title_es": "Guía para trabajar en Argentina",
        "title_en": "Guide to working in Argentina",
        "slug_es": "argentina",
        "slug_en": "argentina-guide",
        "summary_es": "Residencia MERCOSUR",
        "summary_en": "MERCOSUR residence",
        "status": "published",
        "order": "5",
        "last_reviewed": "2026-11-23",
        "review_interval_months": "12",
        **inline_management("chapters", total=1),
        "chapters-0-kind": "work_permit",
        "chapters-0-title_es": "Residencia y permiso de trabajo",
        "chapters-0-title_en": "Residence and work permit",
        "chapters-0-body_es": "<p>Pide la residencia en la DNM.<script>x()</script></p>",
        "chapters-0-body_en": "<p>Apply for residence at the DNM.</p>",
        "chapters-0-order": "1",
        "chapters-0-review_interval_months": "12",
        **inline_management("sources"),
    }
    response = client.post(add_url, data)
    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else ""
    )

    guide = CountryGuide.objects.get(country="AR")
    assert guide.title_en == "Guide to working in Argentina"
    chapter = guide.chapters.get()
    assert chapter.body_es == "<p>Pide la residencia en la DNM.</p>"

    public = client.get("/en/guides/argentina-guide/")
    assert public.status_code == 200
    assert "Apply for residence at the DNM." in public.content.decode()


def test_editor_changes_a_guide_and_the_public_page_shows_it(client, login_as):
    guide = CountryGuideFactory(country="CL", slug_es="chile", slug_en="chile")
    chapter = GuideChapterFactory(guide=guide, kind=GuideChapter.Kind.HEALTH)
    login_as(roles.EDITORS)
    change_url = reverse("admin:lines_countryguide_change", args=[guide.pk])
    assert client.get(change_url).status_code == 200

    data = {
        "country": "CL",
        "title_es": "Guía de Chile (actualizada)",
        "title_en": "Chile guide (updated)",
        "slug_es": "chile",
        "slug_en": "chile",
        "summary_es": "",
        "summary_en": "",
        "status": "published",
        "order": "4",
        "last_reviewed": "2026-11-23",
        "review_interval_months": "6",
        **inline_management("chapters", total=1, initial=1),
        "chapters-0-id": str(chapter.pk),
        "chapters-0-guide": str(guide.pk),
        "chapters-0-kind": "health",
        "chapters-0-title_es": "Salud: FONASA",
        "chapters-0-title_en": "Health: FONASA",
        "chapters-0-body_es": "<p>Inscríbete en FONASA.</p>",
        "chapters-0-body_en": "<p>Register with FONASA.</p>",
        "chapters-0-order": "1",
        "chapters-0-review_interval_months": "12",
        **inline_management("sources"),
    }
    response = client.post(change_url, data)
    assert response.status_code == 302

    with translation.override("es"):
        html = client.get(guide.get_absolute_url()).content.decode()
    assert "Guía de Chile (actualizada)" in html and "Inscríbete en FONASA." in html
