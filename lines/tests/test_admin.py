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


def test_editor_adds_a_guide_then_a_chapter_in_both_languages_side_by_side(client, login_as):
    """Issue 11: the guide form lists its chapters; each chapter has its own form, Spanish and
    English side by side."""
    login_as(roles.EDITORS)
    add_url = reverse("admin:lines_countryguide_add")
    form_page = client.get(add_url)
    assert form_page.status_code == 200
    assert "title_en" in form_page.content.decode()

    data = {
        "country": "AR",
        "title_es": "Guía para trabajar en Argentina",
        "title_en": "Guide to working in Argentina",
        "slug_es": "argentina",
        "slug_en": "argentina-guide",
        "summary_es": "Residencia MERCOSUR",
        "summary_en": "MERCOSUR residence",
        "_publish": "1",  # "Publicar", "Publicar el" empty: public at once
        "order": "5",
        "last_reviewed": "2026-11-23",
        "review_interval_months": "12",
        **inline_management("chapters"),
        **inline_management("sources"),
    }
    response = client.post(add_url, data)
    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else ""
    )
    guide = CountryGuide.objects.get(country="AR")
    assert guide.title_en == "Guide to working in Argentina"

    guide_page = client.get(reverse("admin:lines_countryguide_change", args=[guide.pk]))
    chapter_add = reverse("admin:lines_guidechapter_add") + f"?guide={guide.pk}"
    assert chapter_add in guide_page.content.decode()
    chapter_form = client.get(chapter_add).content.decode()
    assert chapter_form.count("language-column") == 2  # Español | Inglés, side by side
    assert f'<option value="{guide.pk}" selected>' in chapter_form
    response = client.post(reverse("admin:lines_guidechapter_add"), {
        "guide": guide.pk, "kind": "work_permit", "order": "1",
        "title_es": "Residencia y permiso de trabajo", "title_en": "Residence and work permit",
        "body_es": "<p>Pide la residencia en la DNM.<script>x()</script></p>",
        "body_en": "<p>Apply for residence at the DNM.</p>",
        "review_interval_months": "12",
        "_publish": "1",  # the guide is live: without it the chapter waits in its working copy
    })  # fmt: skip
    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else ""
    )
    chapter = guide.chapters.get()
    assert chapter.body_es == "<p>Pide la residencia en la DNM.</p>"

    public = client.get("/en/guides/argentina-guide/")
    assert public.status_code == 200
    assert "Apply for residence at the DNM." in public.content.decode()


def test_the_guide_form_lists_chapters_with_their_state_not_eighteen_editors(client, login_as):
    login_as(roles.EDITORS)
    guide = CountryGuideFactory(country="IT")
    for kind in ("work_permit", "health", "housing"):
        GuideChapterFactory(guide=guide, kind=kind, title_es=f"Capítulo {kind}")
    page = client.get(reverse("admin:lines_countryguide_change", args=[guide.pk]))
    html = page.content.decode()
    assert 'name="chapters-0-body_es"' not in html  # no chapter text is edited here
    assert html.count("Capítulo ") >= 3
    for chapter in guide.chapters.all():
        assert reverse("admin:lines_guidechapter_change", args=[chapter.pk]) in html
    assert "Al día" in html  # each chapter's translation state


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
        "_publish": "1",  # the guide is live: publish the change at once
        "order": "4",
        "last_reviewed": "2026-11-23",
        "review_interval_months": "6",
        **inline_management("chapters", total=1, initial=1),
        "chapters-0-id": str(chapter.pk),
        "chapters-0-guide": str(guide.pk),
        "chapters-0-order": "1",
        "chapters-0-last_reviewed": "",
        **inline_management("sources"),
    }
    response = client.post(change_url, data)
    assert response.status_code == 302
    # the chapter's text, in its own form
    response = client.post(reverse("admin:lines_guidechapter_change", args=[chapter.pk]), {
        "guide": guide.pk, "kind": "health", "order": "1",
        "title_es": "Salud: FONASA", "title_en": "Health: FONASA",
        "body_es": "<p>Inscríbete en FONASA.</p>", "body_en": "<p>Register with FONASA.</p>",
        "review_interval_months": "12", "_publish": "1",
    })  # fmt: skip
    assert response.status_code == 302

    with translation.override("es"):
        html = client.get(guide.get_absolute_url()).content.decode()
    assert "Guía de Chile (actualizada)" in html and "Inscríbete en FONASA." in html
