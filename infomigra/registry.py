"""What each app contributes to the whole site, declared in the app's own `portal.py`.

The kernel never names another app's model or URL. Each app fills these registries from its
`portal.py`, which `InfomigraConfig.ready()` imports with `autodiscover_modules("portal")` — the
way `django.contrib.admin` finds every `admin.py`:

- `search_sources`: the models the site search looks through, with fields and weights;
- `sitemap_sections`: the sections of `sitemap.xml`;
- `dashboard_panels`: functions `panels(request)` giving the admin index its panels;
- `demo_loaders`: functions loading the app's demo content into an empty database;
- `components`: the parts of the portal a page can belong to (statistics label them);
- `content_names`: for a kind of content key that is not a model ("tool:checklist-started"),
  a function giving the visitor-facing names of such keys (statistics label them);
- `slots`: fragments another app's page shows without knowing who provides them (a line page
  shows its FAQ and the migrant voices through slots; the footer its service points).

An app declares registries in dependency order (see ARCHITECTURE.md); lists keep that order.
"""

from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules


class Registry:
    """An ordered list of contributions; `register` also works as a decorator."""

    def __init__(self, name):
        self.name = name
        self._items = []

    def register(self, item):
        if item not in self._items:
            self._items.append(item)
        return item

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)


class NamedRegistry:
    """Contributions by name; a name is declared once (a second declaration is a mistake)."""

    def __init__(self, name):
        self.name = name
        self._items = {}

    def register(self, key, item):
        if key in self._items and self._items[key] is not item:
            raise ValueError(f"{self.name}: {key!r} is declared twice")
        self._items[key] = item
        return item

    def get(self, key, default=None):
        return self._items.get(key, default)

    def items(self):
        return list(self._items.items())

    def __contains__(self, key):
        return key in self._items


search_sources = Registry("search sources")
sitemap_sections = NamedRegistry("sitemap sections")
dashboard_panels = Registry("dashboard panels")
demo_loaders = Registry("demo loaders")
components = NamedRegistry("components")
content_names = NamedRegistry("content names")  # kind -> names(keys) -> {key: name}
report_sections = Registry("report sections")  # infomigra.reports.ReportSection


@dataclass(frozen=True)
class Fragment:
    """A piece of page one app gives another: a template and the function that fetches what it
    shows (`context(**arguments)` → dict), called only when the slot is rendered."""

    template: str
    context: object = field(default=None, compare=False)


class Slots:
    """Named places in pages ("line_page", "footer", "section_component:migrant_voice") and the
    fragments registered for them, shown in registration order."""

    def __init__(self):
        self._fragments = {}

    def register(self, slot, fragment):
        fragments = self._fragments.setdefault(slot, [])
        if fragment not in fragments:
            fragments.append(fragment)
        return fragment

    def fragments(self, slot):
        return list(self._fragments.get(slot, ()))

    def has(self, slot):
        return bool(self._fragments.get(slot))


slots = Slots()


def component_label(key):
    """The visitor-facing name of a portal component ("" when none; the key when unknown)."""
    return components.get(key, key) if key else ""


def autodiscover():
    autodiscover_modules("portal")
