"""End-to-end in Chromium: staff pages work under their Content-Security-Policy (the `page`
fixture fails on any violation): CKEditor in the admin uploads an image with the CSRF token, the
admin index and lists, and the report on the public layout."""

import pytest

from infomigra import roles

# serialized_rollback: the staff groups and their permissions, made by migrations, come back
# after each test empties the tables.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PNG = (  # a 1×1 red PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)


def log_in(page, live_server, staff_user, role, next_url):
    user = staff_user(role, "persona")
    user.set_password("una-clave-larga-2026")
    user.save()
    page.goto(f"{live_server.url}/admin/login/?next={next_url}")
    page.get_by_label("Usuario").fill("persona")
    page.get_by_label("Contraseña").fill("una-clave-larga-2026")
    page.get_by_role("button", name="Iniciar sesión").click()
    page.wait_for_url(f"**{next_url}")


def test_an_editor_writes_and_uploads_an_image_in_ckeditor(live_server, page, staff_user, settings):  # fmt: skip
    log_in(page, live_server, staff_user, roles.EDITORS, "/admin/lines/section/add/")
    page.wait_for_function(
        "window.CKEDITOR && Object.values(CKEDITOR.instances).length"
        " && Object.values(CKEDITOR.instances).every(e => e.status === 'ready')"
    )
    status = page.evaluate(
        """async png => {
            const editor = Object.values(CKEDITOR.instances)[0];
            editor.setData("<p>Texto del editor</p>");
            const bytes = Uint8Array.from(atob(png), c => c.charCodeAt(0));
            const loader = editor.uploadRepository.create(new Blob([bytes], {type: "image/png"}), "foto.png");
            loader.upload(editor.config.uploadUrl);
            for (let i = 0; i < 100 && !["uploaded", "error", "abort"].includes(loader.status); i++) {
                await new Promise(resolve => setTimeout(resolve, 100));
            }
            return [loader.status, loader.url || loader.message || ""];
        }""",
        PNG,
    )
    assert status[0] == "uploaded", status
    assert status[1].startswith("/media/richtext/") and status[1].endswith(".png")
    assert (settings.MEDIA_ROOT / status[1].removeprefix("/media/")).exists()
    for path in ("/admin/", "/admin/lines/section/", "/admin/complementary/newsitem/add/"):
        page.goto(f"{live_server.url}{path}")
        assert page.locator("#content").count() == 1


def test_the_directorate_reads_the_report_on_the_public_layout(live_server, page, staff_user):
    log_in(page, live_server, staff_user, roles.DIRECTORATE, "/es/estadisticas/")
    assert page.locator("h1").count() == 1
