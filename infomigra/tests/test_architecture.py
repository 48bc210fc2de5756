"""The arrows of ARCHITECTURE.md that import-linter cannot see: templates. An app's templates may
load the tag libraries, include the templates and reverse the URLs of its own app and of the
apps below it (kernel ← lines ← complementary ← contact ← stats), never of an app above it; a
page that shows another app's content offers a slot (`{% slot %}`) instead. The site-wide
templates in `templates/` load kernel tags only. And the kernel names no app's model."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from infomigra import registry

LAYERS = ["infomigra", "lines", "complementary", "contact", "sivitma", "stats", "tools"]
ROOT = Path(settings.BASE_DIR)
BUILTIN_LIBRARIES = {"i18n", "static", "l10n", "tz", "cache", "admin_urls", "admin_list"}

LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
REFERENCE = re.compile(r"{%\s*(?:include|extends)\s+[\"']([a-z_]+)/")
URL = re.compile(r"{%\s*url\s+[\"']([a-z_]+):")


def tag_libraries():
    """{library name: app that provides it}"""
    return {
        module.stem: app
        for app in LAYERS
        for module in (ROOT / app / "templatetags").glob("*.py")
        if module.stem != "__init__"
    }


COMPOSITION_ROOT = {ROOT / "infomigra/templates/infomigra/home.html"}


def app_templates():
    for app in LAYERS:
        for path in sorted((ROOT / app / "templates").rglob("*.html")):
            if path not in COMPOSITION_ROOT:
                yield app, path


def arrows_of(text):
    """(kind, app or library) of everything a template reaches outside itself."""
    for match in LOAD.finditer(text):
        for library in match.group(1).split():
            if library != "from":
                yield "load", library
    yield from (("template", m.group(1)) for m in REFERENCE.finditer(text))
    yield from (("url", m.group(1)) for m in URL.finditer(text))


def layer_violations(app, text):
    libraries = tag_libraries()
    own = LAYERS.index(app)
    found = []
    for kind, name in arrows_of(text):
        target = libraries.get(name) if kind == "load" else name
        if target in LAYERS and LAYERS.index(target) > own:
            found.append(f"{kind} {name}")
    return found


@pytest.mark.parametrize(
    ("app", "path"), list(app_templates()), ids=lambda v: str(v).rsplit("/templates/", 1)[-1]
)
def test_app_templates_point_only_down_the_layers(app, path):
    assert layer_violations(app, path.read_text(encoding="utf-8")) == []


def test_the_check_catches_an_upward_arrow():
    """The check itself can fail: a line page that loads contact tags, includes a contact
    template or links to a contact URL is reported."""
    text = (
        '{% load i18n contact %}{% include "contact/includes/_voices.html" %}'
        "{% url 'contact:voice' %}"
    )
    libraries = tag_libraries()
    libraries.setdefault("contact", "contact")
    found = [
        f"{kind} {name}"
        for kind, name in arrows_of(text)
        if (libraries.get(name) if kind == "load" else name) == "contact"
    ]
    assert found == ["load contact", "template contact", "url contact"]
    assert layer_violations("lines", "{% include 'contact/x.html' %}") == ["template contact"]
    assert layer_violations("stats", "{% include 'contact/x.html' %}") == []


def test_site_templates_load_only_django_and_kernel_tags():
    allowed = BUILTIN_LIBRARIES | {
        name for name, app in tag_libraries().items() if app == "infomigra"
    }
    loaded = {
        (path.name, library)
        for path in (ROOT / "templates").rglob("*.html")
        for kind, library in arrows_of(path.read_text(encoding="utf-8"))
        if kind == "load" and library not in allowed
    }
    assert loaded == set()


def test_the_kernel_names_no_app_model():
    """Only the composition root (the URLconf and the home page) names the apps; the rest of
    the kernel reaches them through the registries (import-linter checks imports; this catches
    `apps.get_model("lines", …)` and string references)."""
    others = "|".join(LAYERS[1:])
    pattern = re.compile(rf"""(?:from|import)\s+(?:{others})\b|get_model\(\s*["'](?:{others})""")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "infomigra").rglob("*.py")
        if "tests" not in path.parts
        and "migrations" not in path.parts
        and path.name not in {"home.py", "urls.py"}
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_app_contributes_through_its_portal_module():
    """Each app's `portal.py` was discovered: its components, search sources, sitemap sections,
    panels and demo loaders are registered."""
    component_keys = {key for key, _label in registry.components.items()}
    assert {"home", "search", "line", "guides", "news", "faq", "contact"} <= component_keys
    models = {source.model._meta.label for source in registry.search_sources}
    assert {"lines.Section", "lines.GuideChapter", "complementary.NewsItem"} <= models
    assert {"pages", "sections", "guides", "news"} <= {
        name for name, _s in registry.sitemap_sections.items()
    }
    loaders = {load.__module__ for load in registry.demo_loaders}
    assert loaders == {"infomigra.demo", "lines.demo", "complementary.demo", "contact.demo",
                       "sivitma.demo", "tools.demo"}  # fmt: skip
    panels = {panels.__module__ for panels in registry.dashboard_panels}
    assert panels == {"infomigra.dashboard", "contact.dashboard", "sivitma.dashboard",
                      "stats.dashboard"}  # fmt: skip
    assert [section.key for section in registry.report_sections] == ["sivitma", "tools"]
    assert "tool" in registry.content_names
    assert registry.slots.has("guide_page")
    assert registry.slots.has("line_page")
    assert registry.slots.has("migrant_voice")
    assert registry.slots.has("footer")
