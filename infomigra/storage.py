"""Uploads in S3-compatible object storage (django-storages), for more than one app server.

Public media keep their address under MEDIA_URL: the web server proxies /media/ to the bucket's
"media/" prefix (deploy/nginx), so pages never name a third-party host, the CSP stays
same-origin and the PDF renderer reads them through the storage like local files. Private
files (SIVITMA's signed contracts) live under another prefix that nothing proxies and have no
address at all."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class ProxiedS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))


class PrivateS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("A private file has no public address.")
