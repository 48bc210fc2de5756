from django.utils.functional import SimpleLazyObject

from .models import ActionLine

MENU_LINES = "_menu_lines"  # request attribute: the published lines, once per request


def menu_lines(request, queryset=None):
    """The published action lines, fetched once per request: the main menu reads them, and a
    page that shows the lines itself (the home page, with their sections) hands its own list
    over instead of the menu fetching them again."""
    if queryset is not None:
        setattr(request, MENU_LINES, list(queryset))
    if not hasattr(request, MENU_LINES):
        setattr(request, MENU_LINES, list(ActionLine.objects.published()))
    return getattr(request, MENU_LINES)


def navigation(request):
    """The action lines of the main menu, fetched only when a page shows the menu."""
    return {"nav_lines": SimpleLazyObject(lambda: menu_lines(request))}
