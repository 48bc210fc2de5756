import pytest

from infomigra.richtext import sanitize_html
from lines.tests.factories import SectionFactory

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="JaVaScRiPt:alert(1)">clic</a>',
    '<a href="&#106;avascript:alert(1)">clic</a>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<body onload="alert(1)">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<form action="https://evil.example"><input name="q"></form>',
    '<object data="x.swf"></object>',
    '"><script>alert(document.cookie)</script>',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_sanitizer_removes_active_content(payload):
    cleaned = sanitize_html(f"<p>Texto</p>{payload}").lower()
    for dangerous in ("<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "style=",
                      "data:text", "<form", "<object", "<style"):  # fmt: skip
        assert dangerous not in cleaned
    assert "<p>texto</p>" in cleaned


def test_sanitizer_keeps_government_markup():
    html = (
        '<h2>Trámites</h2><p><strong>Paso</strong> <a href="https://www.gob.pe/mtpe">MTPE</a></p>'
        "<ul><li>uno</li></ul><table><tr><th>A</th><td>1</td></tr></table>"
    )
    cleaned = sanitize_html(html)
    assert "<h2>Trámites</h2>" in cleaned
    assert '<a href="https://www.gob.pe/mtpe" rel="noopener noreferrer">MTPE</a>' in cleaned
    assert "<li>uno</li>" in cleaned and "<th>A</th>" in cleaned


@pytest.mark.django_db
def test_rich_text_is_sanitised_before_it_is_stored_in_both_languages():
    section = SectionFactory(
        body_es='<p onclick="robar()">Hola<script>alert(1)</script></p>',
        body_en='<p>Hi<img src="x" onerror="alert(1)"></p>',
    )
    section.refresh_from_db()
    assert section.body_es == "<p>Hola</p>"
    assert section.body_en == "<p>Hi</p>"


@pytest.mark.parametrize(
    "src",
    [
        "https://evil.example/pixel.png",
        "http://evil.example/media/richtext/a.png",
        "//evil.example/media/richtext/a.png",
        "/\\evil.example/media/richtext/a.png",
        "https://testserver.evil.example/media/richtext/a.png",
        "/media/../admin/logout/",
        "/static/img/favicon.svg",
        "pixel.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
    ],
)
def test_images_from_anywhere_but_our_media_are_dropped(src):
    html = f'<p>Antes <img src="{src}" alt="Taller > 2026" width="20"> después</p>'
    assert sanitize_html(html) == "<p>Antes  después</p>"


@pytest.mark.parametrize(
    ("src", "kept"),
    [
        ("/media/richtext/4f1c.png", "/media/richtext/4f1c.png"),
        ("http://testserver/media/richtext/4f1c.png", "/media/richtext/4f1c.png"),
        ("https://localhost/media/richtext/4f1c.png", "/media/richtext/4f1c.png"),
    ],
)
def test_images_from_our_own_media_are_kept_as_paths(src, kept):
    html = f'<p><img src="{src}" alt="Taller &gt; 2026" width="20"></p>'
    assert sanitize_html(html) == f'<p><img src="{kept}" alt="Taller &gt; 2026" width="20"></p>'


@pytest.mark.django_db
def test_a_saved_section_keeps_only_its_own_images():
    section = SectionFactory(
        body_es='<p><img src="/media/richtext/a.png" alt="a"><img src="https://evil.example/t.gif"></p>'
    )
    section.refresh_from_db()
    assert section.body_es == '<p><img src="/media/richtext/a.png" alt="a"></p>'
