import pytest

from stats import recording


@pytest.fixture(autouse=True)
def _forget_cached_salt():
    """Each test starts without the per-process salt cache (the database is rolled back)."""
    recording._salts.clear()
    yield
    recording._salts.clear()
