"""Uploads shared by several app servers: with DJANGO_S3_BUCKET the portal keeps them in
S3-compatible object storage (django-storages), here a real moto server on loopback. A public
upload keeps its /media/ address (the web server proxies it to the bucket), the PDF renderer
reads it through the storage, and a signed SIVITMA contract goes under a prefix nothing
publishes and has no address."""

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client
from django.urls import reverse
from moto.server import ThreadedMotoServer

from infomigra import roles
from infomigra.pdf import LocalOnlyFetcher

from .test_richtext_upload import post

pytestmark = pytest.mark.django_db
PORT = 8330  # this worktree's port range is 8300-8349
BUCKET = "infomigra-test"


@pytest.fixture(scope="module")
def moto_server():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=PORT)
    server.start()
    yield f"http://127.0.0.1:{PORT}"
    server.stop()


@pytest.fixture
def s3(moto_server, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=moto_server, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    options = {"bucket_name": BUCKET, "endpoint_url": moto_server, "region_name": "us-east-1",
               "file_overwrite": False, "default_acl": None}  # fmt: skip
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "infomigra.storage.ProxiedS3Storage",
                    "OPTIONS": {**options, "location": "media", "querystring_auth": False}},
        "sivitma_private": {"BACKEND": "infomigra.storage.PrivateS3Storage",
                            "OPTIONS": {**options, "location": "sivitma-private"}},
    }  # fmt: skip
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_an_editors_upload_lands_in_the_bucket_and_keeps_its_media_address(s3, staff_user):
    from .test_editorial import png_bytes

    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user(roles.EDITORS))
    client.get(reverse("admin:lines_section_add"))
    response = post(client, token=client.cookies["csrftoken"].value)
    assert response.status_code == 200, response.content
    url = response.json()["url"]
    assert url.startswith("/media/richtext/")  # same origin: the web server proxies /media/
    key = "media/" + url.removeprefix("/media/")
    stored = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    assert stored == png_bytes()
    # the PDF renderer reads it through the storage, as it reads a local file
    fetched = LocalOnlyFetcher().fetch(f"http://portal.invalid{url}")
    assert fetched.read() == stored


def test_a_signed_contract_goes_under_the_private_prefix_and_has_no_address(s3):
    storage = storages["sivitma_private"]
    name = storage.save("contrato.pdf", ContentFile(b"%PDF-1.4 contrato"))
    keys = [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert keys == [f"sivitma-private/{name}"]
    with pytest.raises(ValueError, match="no public address"):
        storage.url(name)
    assert storage.open(name).read() == b"%PDF-1.4 contrato"
