from django.utils.functional import SimpleLazyObject

from .models import ActionLine


def navigation(request):
    """The action lines of the main menu, fetched only when a page shows the menu."""
    return {"nav_lines": SimpleLazyObject(lambda: list(ActionLine.objects.published()))}
