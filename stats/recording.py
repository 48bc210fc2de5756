"""Deciding what a page view is, and turning a request into one anonymous Visit row."""

import datetime
import hashlib
import ipaddress
import json
import logging
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, connection
from django.db.models.sql import InsertQuery
from django.utils import timezone
from django.utils.crypto import salted_hmac
from iptocc import country_code

from infomigra.client import client_ip

from .models import DailySalt, Device, Visit

logger = logging.getLogger(__name__)

BOT_PATTERNS_FILE = Path(__file__).with_name("bots.txt")


@lru_cache(maxsize=1)
def bot_pattern():
    lines = BOT_PATTERNS_FILE.read_text(encoding="utf-8").splitlines()
    words = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def is_bot(user_agent):
    return not user_agent or bool(bot_pattern().search(user_agent))


def is_prefetch(request):
    purpose = (request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")).lower()
    return (
        "prefetch" in purpose
        or "prerender" in purpose
        or request.headers.get("X-Moz") == "prefetch"
    )


def should_log(request, response):
    """A successful GET of a public HTML page (or its PDF) by a person who is not staff. A page is public
    when its view says where it sits in the portal (`infomigra.views.PortalPageMixin`): the
    admin, staff pages and error pages carry no `portal_page`."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(response, "portal_page", None) is None:
        return False
    if not response.get("Content-Type", "").startswith(
        ("text/html", "application/pdf", "text/calendar")
    ):
        return False  # a page, its PDF or a tool's calendar file; not the feeds, the sitemap
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_staff:
        return False
    if not any(request.path.startswith(f"/{code}/") for code, _name in settings.LANGUAGES):
        return False
    return not is_prefetch(request) and not is_bot(request.headers.get("User-Agent", ""))


def country_of(ip):
    """ISO code of the address's country: from the MaxMind file when one is configured, else
    (or when it does not know the address) from iptocc's offline tables; "" when unknown."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    if not address.is_global:
        return ""
    return _maxmind_country(str(address)) or country_code(str(address)) or ""


def _maxmind_country(ip):
    reader = _maxmind_reader(getattr(settings, "STATS_MAXMIND_DB", ""))
    if reader is None:
        return None
    try:
        return reader.country(ip).country.iso_code
    except Exception:  # noqa: BLE001 — an address the file does not know, or a damaged file
        return None


@lru_cache(maxsize=2)
def _maxmind_reader(path):
    """The optional MaxMind reader, opened once per process (None when not configured)."""
    if not path:
        return None
    try:
        import geoip2.database  # optional: pip install geoip2

        return geoip2.database.Reader(path)
    except Exception:
        logger.exception("STATS_MAXMIND_DB %s could not be opened; using iptocc only", path)
        return None


def device_of(user_agent):
    ua = user_agent.lower()
    if "ipad" in ua or "tablet" in ua or ("android" in ua and "mobile" not in ua):
        return Device.TABLET
    if "mobi" in ua or "iphone" in ua or "android" in ua:
        return Device.MOBILE
    return Device.DESKTOP


_host_name = DomainNameValidator(accept_idna=False)  # ASCII labels, a dot and a top-level label


def referrer_host_of(request):
    """The host name of the page the visitor came from: "" for none, for our own site, and for
    anything that is not a valid host name (the header is whatever the client sends, and the
    value ends up in staff spreadsheets) — an IP address is not one either."""
    try:
        host = (urlsplit(request.headers.get("Referer", "")).hostname or "").rstrip(".")
        _host_name(host)
    except (ValueError, ValidationError):
        return ""
    if host.rsplit(".", 1)[-1].isdigit() or len(host) > Visit._meta.get_field("referrer_host").max_length:  # fmt: skip
        return ""
    return "" if host == request.get_host().split(":")[0] else host


_salts = {}  # {date: salt} of the current day only, per process


def daily_salt(day):
    """The day's salt: read from the database once per process and day (every worker shares
    it), created on first use; creating a day's salt destroys the salts of earlier days."""
    if day in _salts:
        return _salts[day]
    salt = DailySalt.objects.filter(date=day).values_list("salt", flat=True).first()
    if not salt:
        try:
            salt = DailySalt.objects.create(date=day, salt=secrets.token_hex(32)).salt
        except IntegrityError:  # another worker created it first
            salt = DailySalt.objects.get(date=day).salt
        else:
            DailySalt.objects.filter(date__lt=day).delete()
    _salts.clear()
    _salts[day] = salt
    return salt


def visitor_key(*, day, ip, user_agent):
    try:
        salt = daily_salt(day)
    except DatabaseError:  # the database is down: a key of the day from the secret key instead
        # (the visit is still counted; the visitor may count twice that day)
        return salted_hmac("stats.visitor", f"{day}|{ip}|{user_agent}").hexdigest()[:16]
    raw = f"{salt}|{ip}|{user_agent}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


def request_id_of(request):
    """The trusted proxy's id of this request (X-Request-ID, which deploy/nginx sets from
    $request_id and which a retry on another app server keeps); "" with no proxy in front,
    where a client could send any header."""
    if settings.TRUSTED_PROXY_COUNT <= 0:
        return ""
    value = request.headers.get("X-Request-ID", "")
    return value if REQUEST_ID.fullmatch(value) else ""


@lru_cache(maxsize=4)
def _insert_sql(names):
    """The INSERT for a visit with these columns, built by the ORM once per process (compiling
    it for every view cost a fifth of a cached page)."""
    fields = [Visit._meta.get_field(name) for name in names]
    query = InsertQuery(Visit)
    query.insert_values(fields, [Visit(**dict.fromkeys(names))])
    ((sql, _params),) = query.get_compiler(connection=connection).as_sql()
    # a visit whose request id is already stored (a proxy's retry) is the same visit
    return f"SET LOCAL synchronous_commit TO OFF; {sql} ON CONFLICT DO NOTHING", fields


def _insert_visit(**fields):
    """One visit row. On PostgreSQL its commit does not wait for the disk (asynchronous commit
    for this one statement): waiting for the flush was a third of the cost of a page served from
    the cache. A row PostgreSQL has acknowledged is lost only if PostgreSQL itself crashes within
    the next few hundred milliseconds (wal_writer_delay); a restart, or an app server's crash,
    loses nothing. Contact messages and everything else keep synchronous commits.

    `SET LOCAL` and the INSERT go in one query string: PostgreSQL runs such a string as one
    implicit transaction, so the setting covers the INSERT only, in a single round trip. For a
    page from the cache it is the request's only query, so it skips Django's connection health
    check (a `SELECT 1` round trip before it) and instead, if the kept connection turns out to
    be dead (the database restarted), reconnects and inserts once more: the view is still
    counted."""
    if connection.vendor != "postgresql":
        Visit.objects.bulk_create([Visit(**fields)], ignore_conflicts=True)
        return
    sql, columns = _insert_sql(tuple(fields))
    params = [field.get_db_prep_save(fields[field.name], connection) for field in columns]
    if connection.in_atomic_block:  # a caller's transaction (tests): no reconnecting inside it
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
        return
    connection.health_check_done = True  # Django's own flag (CONN_HEALTH_CHECKS): the retry below
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    except (OperationalError, InterfaceError):
        logger.info("Visit insert: the database connection was gone; reconnecting once")
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def visit_record(request, response):
    """Write the visit row for this page view; if the database cannot take it (it is
    restarting), keep it in the spool, which `manage.py stats_flush_spool` stores later: a page
    answered from the cache while the database is down is still counted, exactly once."""
    fields = _visit_fields(request, response)
    try:
        _insert_visit(**fields)
    except DatabaseError:
        logger.warning("Visit kept in the spool: the database did not take it")
        spool_write(fields)


def _visit_fields(request, response):
    now = timezone.now()
    user_agent = request.headers.get("User-Agent", "")[:500]
    ip = client_ip(request)
    page = response.portal_page
    return {
        "time": now,
        "path": request.path[:300],
        "language": getattr(request, "LANGUAGE_CODE", "")[:5],
        "country": country_of(ip),
        "line": page.line,
        "component": page.component[:30],
        "content": page.content[:60],
        "referrer_host": referrer_host_of(request),
        "device": device_of(user_agent),
        "visitor": visitor_key(day=timezone.localdate(now), ip=ip, user_agent=user_agent),
        "request_id": request_id_of(request),
    }


# --- The spool: visits the database could not take -------------------------------------------
# One file per process (lines appended whole, with O_APPEND), holding exactly the row's fields:
# an anonymous visitor key, never the address. The flush renames a file before reading it, so a
# process never writes into a file being stored.


def _spool_dir():
    return Path(settings.STATS_SPOOL_DIR)


def spool_write(fields):
    line = json.dumps({**fields, "time": fields["time"].isoformat()}) + "\n"
    folder = _spool_dir()
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(folder / f"visits-{os.getpid()}.jsonl",
                         os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)  # fmt: skip
    try:
        os.write(descriptor, line.encode())
    finally:
        os.close(descriptor)


def spool_flush():
    """Store every spooled visit (a retried request's twin is skipped by its request id);
    returns how many lines were read. A file that cannot be stored now stays for the next run."""
    folder = _spool_dir()
    if not folder.is_dir():
        return 0
    for path in folder.glob("visits-*.jsonl"):
        path.rename(path.with_name(f"{path.stem}-{secrets.token_hex(4)}.flushing"))
    read = 0
    for path in sorted(folder.glob("*.flushing")):
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        visits = [Visit(**{**row, "time": datetime.datetime.fromisoformat(row["time"])})
                  for row in rows]  # fmt: skip
        Visit.objects.bulk_create(visits, ignore_conflicts=True, batch_size=500)
        path.unlink()
        read += len(rows)
    return read
