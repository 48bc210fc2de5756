"""Safe defaults: a production that forgets a variable does not fail open. Each test starts the
project in a new process with exactly the environment it names (the suite itself runs with the
development defaults, see conftest.py)."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

PROJECT_VARIABLES = ("DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL")


def run(args, **env):
    """`python args` in the project directory, with no project variable but those in `env`."""
    clean = {key: value for key, value in os.environ.items() if key not in PROJECT_VARIABLES}
    return subprocess.run(
        [sys.executable, *args],
        cwd=Path(settings.BASE_DIR),
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def debug_with(**env):
    result = run(["manage.py", "shell", "-c", "from django.conf import settings; print(settings.DEBUG)"], **env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_debug_is_off_unless_djangos_debug_variable_turns_it_on():
    assert debug_with(DJANGO_SECRET_KEY="k" * 60) == "False"
    assert debug_with(DJANGO_SECRET_KEY="k" * 60, DJANGO_DEBUG="") == "False"
    assert debug_with(DJANGO_SECRET_KEY="k" * 60, DJANGO_DEBUG="0") == "False"
    assert debug_with(DJANGO_DEBUG="1") == "True"


def test_the_web_process_refuses_to_start_without_a_secret_key():
    result = run(["-c", "import infomigra.wsgi"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert run(["-c", "import infomigra.wsgi"], DJANGO_SECRET_KEY="k" * 60).returncode == 0


def test_commands_that_sign_nothing_need_no_variable(tmp_path):
    """CI checks the migrations in a clean environment: DEBUG off, no secret key."""
    result = run(
        ["manage.py", "makemigrations", "--check", "--dry-run"],
        DATABASE_URL=f"sqlite:///{tmp_path / 'ci.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
