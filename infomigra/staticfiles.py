"""Static files: Django's app-directory finder without what a package ships for its own
developers. CKEditor 4 bundles manual test pages and demo dialogs (HTML that runs the editor
outside our admin, with its own configuration); they are neither found (runserver, the test
server) nor collected (whitenoise serves only what was collected), so they answer 404."""

from fnmatch import fnmatch

from django.contrib.staticfiles import finders

NOT_SERVED = ("ckeditor/*.html", "ckeditor/*.htm", "ckeditor/*/samples/*", "ckeditor/*/tests/*")


def is_served(path):
    path = path.replace("\\", "/")
    return not any(fnmatch(path, pattern) for pattern in NOT_SERVED)


class AppDirectoriesFinder(finders.AppDirectoriesFinder):
    def find(self, path, find_all=False, **kwargs):
        if not is_served(path):
            return []  # what Django's finders answer when they find nothing
        return super().find(path, find_all, **kwargs)

    def list(self, ignore_patterns):
        for path, storage in super().list(ignore_patterns):
            if is_served(path):
                yield path, storage
