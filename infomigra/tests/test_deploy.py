"""The reference deployment's files (deploy/): the nginx site renders from the example
environment, with uploads on disk or in S3, and real nginx accepts it (`nginx -t`); every
timer's service runs a command this project has. `make cluster-test` runs them for real."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy"))

import render  # noqa: E402


@pytest.mark.parametrize("s3", [True, False], ids=["uploads in S3", "uploads on disk"])
def test_the_nginx_site_renders_and_nginx_accepts_it(tmp_path, s3):
    if not shutil.which("nginx"):
        pytest.fail("nginx not found: make system-packages")
    env = render.read_env(ROOT / "deploy" / "infomigra.env.example")
    if not s3:
        env.pop("DJANGO_S3_BUCKET")
    env["DJANGO_S3_ENDPOINT_URL"] = "http://127.0.0.1:9000"  # nginx resolves names when loading
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", str(tmp_path / "key.pem"),
                    "-out", str(tmp_path / "cert.pem")], check=True, capture_output=True)  # fmt: skip
    env.update(INFOMIGRA_TLS_CERT=str(tmp_path / "cert.pem"),
               INFOMIGRA_TLS_KEY=str(tmp_path / "key.pem"))  # fmt: skip
    site = render.nginx(env)
    assert "{{" not in site
    assert site.count("max_fails=1") == 4  # two app servers × two instances
    assert "proxy_set_header X-Request-ID $request_id;" in site
    if s3:
        assert "proxy_pass http://127.0.0.1:9000/infomigra-media/media/;" in site
    else:
        assert "alias /srv/infomigra/media/;" in site
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;\n"
        f"events {{}}\nhttp {{ include /etc/nginx/mime.types; access_log off; "
        f"include {tmp_path}/site.conf; }}\n"
    )
    check = subprocess.run(["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stderr


def test_every_timer_runs_a_command_of_this_project():
    commands = set(get_commands())
    units = sorted((ROOT / "deploy" / "systemd").glob("infomigra-*.service"))
    ran = set()
    for unit in units:
        for line in unit.read_text().splitlines():
            found = re.match(r"ExecStart=\S+/python manage\.py (\S+)", line)
            if found:
                assert found.group(1) in commands, f"{unit.name}: {found.group(1)}"
                ran.add(found.group(1))
        timer = unit.with_suffix(".timer")
        if unit.name not in ("infomigra-web@.service", "infomigra-worker.service"):
            assert timer.exists(), f"{unit.name} has no timer"
    assert {"stats_flush_spool", "contact_send_pending", "stats_rollup", "db_worker"} <= ran
