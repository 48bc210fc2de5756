"""Settings for Perú InfoMigra.

One module, read from environment variables (documented in `.env.example`). DEBUG is off unless
DJANGO_DEBUG=1 (`make run` and the test suite set it); with DEBUG off the deployment must provide
DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Safe defaults (issue 10, row 11) -------------------------------------------------------
# DEBUG is off unless asked for: a production that forgets a variable does not fail open.
# Without DJANGO_SECRET_KEY and with DEBUG off, SECRET_KEY stays empty: Django then refuses
# everything that signs (sessions, logins, `check --deploy`) and infomigra.wsgi refuses to start,
# while commands that sign nothing (makemigrations in CI, makemessages) still run.
DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "") or (
    "development-only-key-never-use-in-production" if DEBUG else ""
)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch it.
    "modeltranslation",
    "infomigra.admin_site.InfoMigraAdminConfig",  # django.contrib.admin with the dashboard
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",  # its templates, for FORM_RENDERER below
    "django_filters",
    "django_countries",
    "ckeditor",
    "reversion",
    "infomigra",
    "lines",
    "complementary",
    "contact",
    "sivitma",
    "stats",
    "tools",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "infomigra.middleware.SecurityHeadersMiddleware",  # CSP by path, Permissions-Policy, CORP
    "infomigra.middleware.RejectNulMiddleware",  # NUL in the address: 400, before any query
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "stats.middleware.VisitMiddleware",
]

ROOT_URLCONF = "infomigra.urls"
WSGI_APPLICATION = "infomigra.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "infomigra.context_processors.site",
                "lines.context_processors.navigation",
                "complementary.context_processors.panel_pages",
            ],
        },
    },
]

# Forms draw themselves ({{ form }}) with the templates in templates/includes/forms/.
FORM_RENDERER = "infomigra.renderers.FormRenderer"

# Database: DATABASE_URL selects PostgreSQL (postgres://user@host:5432/name); without it an
# embedded SQLite file, tuned for several writers (one row per visit is coming): WAL journal,
# a busy timeout, and transactions that take the write lock at BEGIN.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Django 6.0 behaviour now: a URL typed without a scheme means https.
FORMS_URLFIELD_ASSUME_HTTPS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Spanish first, English in full. The language is in the URL (i18n_patterns).
LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Español")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["infomigra.formats"]  # English dates in the British way
# Country lists open with Peru, the five guide countries and the other Andean Community members
# (django-countries), then every country in alphabetical order.
COUNTRIES_FIRST = ["PE", "US", "ES", "IT", "CL", "AR", "BO", "CO", "EC"]
COUNTRIES_FIRST_SORT = False
COUNTRIES_FIRST_REPEAT = False
TIME_ZONE = "America/Lima"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "es"
MODELTRANSLATION_LANGUAGES = ("es", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("es",)
MODELTRANSLATION_CUSTOM_FIELDS = ("RichTextField",)
# The admin's language tabs need jQuery UI; serve our own copy instead of a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Static files: whitenoise serves them compressed, with hashed names.
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# CKEditor's bundled demo and test pages are neither found nor collected (infomigra.staticfiles).
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "infomigra.staticfiles.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # SIVITMA's signed contracts: outside MEDIA_ROOT, never published (sivitma.models)
    "sivitma_private": {"BACKEND": "sivitma.models.PrivateStorage"},
}
# With more than one app server, uploads must be seen by all of them: S3-compatible object
# storage through django-storages when DJANGO_S3_BUCKET is set. Public media go under the
# bucket's "media/" prefix and keep their address /media/… (the web server proxies /media/ to
# the bucket: same origin, same headers, nothing for the CSP to allow; deploy/nginx); signed
# contracts go under "sivitma-private/", which nothing proxies. Credentials come from the
# environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), as boto3 reads them.
S3_BUCKET = os.environ.get("DJANGO_S3_BUCKET", "")
if S3_BUCKET:
    _s3 = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("DJANGO_S3_REGION") or None,
        "file_overwrite": False,
        "default_acl": None,
    }
    STORAGES["default"] = {
        "BACKEND": "infomigra.storage.ProxiedS3Storage",
        "OPTIONS": {**_s3, "location": "media", "querystring_auth": False},
    }
    STORAGES["sivitma_private"] = {
        "BACKEND": "infomigra.storage.PrivateS3Storage",
        "OPTIONS": {**_s3, "location": "sivitma-private"},
    }

# Rich text: a small toolbar for government content; nh3 sanitises on save in any case.
CKEDITOR_CONFIGS = {
    "default": {
        "toolbar": "InfoMigra",
        "toolbar_InfoMigra": [
            ["Format", "Bold", "Italic"],
            ["NumberedList", "BulletedList"],
            ["Link", "Unlink"],
            ["Table", "Image"],
            ["PasteText", "PasteFromWord", "RemoveFormat"],
            ["Undo", "Redo", "Source"],
        ],
        "format_tags": "p;h2;h3;h4",
        "height": 260,
        "width": "100%",
        "removePlugins": "exportpdf",
        # Images: uploaded to our own validated endpoint (infomigra.richtext_upload), with the
        # CSRF token in a header that this static file sets (fileTools_requestHeaders).
        "customConfig": f"/{STATIC_URL}js/ckeditor-config.js",
        "extraPlugins": "uploadimage",
        "uploadUrl": "/admin/richtext/upload/",
        "filebrowserImageUploadUrl": "/admin/richtext/upload/",
        "filebrowserUploadMethod": "xhr",
        "removeDialogTabs": "image:advanced;image:Link;link:advanced",
        "image_prefillDimensions": False,
        # Pasted Word documents: drop fonts, colours and classes (nh3 strips the rest on save).
        "pasteFromWordRemoveFontStyles": True,
        "pasteFromWordRemoveStyles": True,
        "forcePasteAsPlainText": False,
    }
}
# A guide's chapters, edited in two columns side by side: one row of buttons, what a chapter
# uses (headings, emphasis, lists, links); no tables or images, and a shorter box.
CKEDITOR_CONFIGS["chapter"] = {
    **CKEDITOR_CONFIGS["default"],
    "toolbar_InfoMigra": [
        [
            "Format",
            "Bold",
            "Italic",
            "NumberedList",
            "BulletedList",
            "Link",
            "Unlink",
            "PasteFromWord",
            "Undo",
            "Redo",
        ],
    ],  # fmt: skip
    "format_tags": "p;h3;h4",
    "height": 220,
}
RICHTEXT_UPLOAD_FOLDER = "richtext"
SILENCED_SYSTEM_CHECKS = [
    # django-ckeditor warns that CKEditor 4 is out of support. The editor runs only for
    # authenticated staff in the admin, and everything it produces is sanitised with nh3 before
    # it is stored (infomigra.richtext), so no editor-side flaw can reach a public page.
    "ckeditor.W001",
]

# Contact channels shown on every page (the contact app adds the form and service points).
INFOMIGRA_CONTACT_EMAIL = os.environ.get("INFOMIGRA_CONTACT_EMAIL", "peruinfomigra@mintra.gob.pe")

# Security. Production (DEBUG off) is HTTPS only; a reverse proxy that terminates TLS sets
# DJANGO_SECURE_PROXY_SSL_HEADER=1 so Django trusts its X-Forwarded-Proto.
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Security headers (issue 10, row 8) ---------------------------------------------------
# Public pages: a strict Content-Security-Policy (django-csp; infomigra.middleware picks the
# admin's policy by path), no inline script or style anywhere (static/js, static/css). Videos
# are embedded from exactly these two origins (complementary.models.Video.embed_url).
INFOMIGRA_VIDEO_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "frame-src": INFOMIGRA_VIDEO_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
# The admin (only): CKEditor 4 needs inline script, eval and inline styles, and shows pasted or
# just-uploaded images as data:/blob: URLs. Still no other host.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF],
    }
}
# Powerful features nobody here needs are off; only the video player may go full screen or
# play by itself. Same format as django-permissions-policy's setting.
PERMISSIONS_POLICY = {
    **dict.fromkeys(
        [
            "accelerometer",
            "bluetooth",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        ],
        [],
    ),
    **dict.fromkeys(
        ["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"],
        ["self", *INFOMIGRA_VIDEO_ORIGINS],
    ),
}
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"  # no Django setting: infomigra.middleware sends it
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# --- Staff sign-in and refusals (issue 10, row 13) ---------------------------------------------
# Staff sessions end after a working day without activity: each request of a signed-in person
# renews the 9 hours (SESSION_SAVE_EVERY_REQUEST writes only sessions that hold something, so
# public visitors, who have none, cost nothing). After logging in, a missing or rejected `next`
# leads to the admin; a CSRF failure shows the site's page (templates/403_csrf.html).
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
LOGIN_REDIRECT_URL = "admin:index"
CSRF_FAILURE_VIEW = "infomigra.errors.csrf_failure"

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", INFOMIGRA_CONTACT_EMAIL)

# --- Mail out of the request (issue 10) --------------------------------------------------------
# The web request only stores an e-mail; after commit it enqueues a task (Django's Tasks API
# through the django-tasks backport) that the worker `manage.py db_worker` runs, with the queue
# kept in the database (django-tasks-db: no broker). `manage.py contact_send_pending` from cron
# sends whatever is still due. Every SMTP operation gives up after EMAIL_TIMEOUT seconds; a
# mailbox gets at most CONTACT_AUTOMATIC_MAILS_PER_DAY automatic e-mails (acknowledgements,
# registration confirmations) in 24 hours.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))
CONTACT_AUTOMATIC_MAILS_PER_DAY = int(os.environ.get("CONTACT_AUTOMATIC_MAILS_PER_DAY", "3"))
# --- end of mail out of the request ------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}

# Contact: how long personal data (messages, registrations, unpublished voices) is kept before
# `manage.py contact_purge_expired` erases it.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "730"))

# The public address's mailbox (Directiva §5.6), read by `manage.py contact_fetch_mail` every
# few minutes: each new mail becomes a contact message and an attention of channel e-mail.
CONTACT_IMAP_HOST = os.environ.get("CONTACT_IMAP_HOST", "")
CONTACT_IMAP_PORT = int(os.environ.get("CONTACT_IMAP_PORT", "993"))
CONTACT_IMAP_SSL = os.environ.get("CONTACT_IMAP_SSL", "1") == "1"
CONTACT_IMAP_USER = os.environ.get("CONTACT_IMAP_USER", "")
CONTACT_IMAP_PASSWORD = os.environ.get("CONTACT_IMAP_PASSWORD", "")
CONTACT_IMAP_FOLDER = os.environ.get("CONTACT_IMAP_FOLDER", "INBOX")
CONTACT_IMAP_TIMEOUT = int(os.environ.get("CONTACT_IMAP_TIMEOUT", "30"))

# SIVITMA: where signed contracts are kept (outside MEDIA_ROOT: never published by the web
# server), how long a private link works, and how long a registration is kept after its
# contract ended (or it was annulled, or never approved) before `manage.py sivitma_purge_expired`
# erases it.
SIVITMA_PRIVATE_ROOT = os.environ.get("SIVITMA_PRIVATE_ROOT", str(BASE_DIR / "private-media"))
SIVITMA_LINK_DAYS = int(os.environ.get("SIVITMA_LINK_DAYS", "30"))
SIVITMA_RETENTION_DAYS = int(os.environ.get("SIVITMA_RETENTION_DAYS", "1825"))

# Statistics: an optional MaxMind country database, and how long raw visits are kept (the daily
# aggregates stay). The visitor's address is the trusted client address (TRUSTED_PROXY_COUNT).
STATS_MAXMIND_DB = os.environ.get("STATS_MAXMIND_DB", "")
STATS_RAW_RETENTION_MONTHS = int(os.environ.get("STATS_RAW_RETENTION_MONTHS", "13"))
# Visits the database could not take (while it restarts) wait here for `stats_flush_spool`;
# a local folder of each app server.
STATS_SPOOL_DIR = os.environ.get("STATS_SPOOL_DIR", str(BASE_DIR / "spool"))

# --- Access: the trusted client address, the shared cache, rate limits, sign-in protection ---
# (django-ratelimit, django-axes, django-otp; infomigra/client.py, ratelimit.py, two_factor.py)

# How many reverse proxies stand in front of gunicorn. 0: REMOTE_ADDR is the client and
# X-Forwarded-For is ignored (anyone can send it); N: the address N hops from the right of
# X-Forwarded-For is. Read by the rate limits, the sign-in lockout and the statistics.
# (STATS_TRUSTED_PROXIES is the variable's former name, still read.)
TRUSTED_PROXY_COUNT = int(
    os.environ.get("DJANGO_TRUSTED_PROXIES", os.environ.get("STATS_TRUSTED_PROXIES", "0"))
)

# The cache holds the rate-limit and sign-in counters, so every gunicorn worker must share it:
# production sets REDIS_URL (Django's built-in Redis cache), and the check infomigra.E001
# refuses a per-process cache when DEBUG is off. Short timeouts: a hung Redis must not hold the
# workers (the forms then skip their limit, see infomigra/ratelimit.py).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "infomigra.cache.RedisCache",  # one client per pool (infomigra/cache.py)
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX", "infomigra"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:  # development: one process
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-ratelimit is used as a library (infomigra.ratelimit), not installed as an app: its own
# system check would also reject Django's built-in Redis cache, which it does not list.
RATELIMIT_IP_META_KEY = "infomigra.client.client_ip"
RATELIMIT_FAIL_OPEN = True

INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]
# After AuthenticationMiddleware: django-otp marks the user verified or not, then the
# two-factor rule sends those who still owe a code to enter it. Axes turns a lockout into our
# page; its documentation wants it last.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "infomigra.two_factor.TwoFactorMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
# Public pages for anonymous visitors from the shared cache (infomigra/pagecache.py): after the
# statistics middleware (a page from the cache is still counted) and after CSRF (a page from the
# cache gets the visitor's own token). 0 turns it off.
MIDDLEWARE.append("infomigra.pagecache.PageCacheMiddleware")
# Staff's preview of pending changes (`?cambios=`): after authentication, around the views.
MIDDLEWARE.append("infomigra.working_copies.PreviewMiddleware")
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600"))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out sign-in before the password
    "django.contrib.auth.backends.ModelBackend",
]

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT failures an account is locked whatever
# the client, and a client whatever the account, for the cool-off; a lockout page in our words.
# The counters live in the shared cache under hashed keys, so no address is written to the
# database (axes' own tables stay empty, and its admin is off).
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_CLIENT_IP_CALLABLE = "infomigra.client.client_ip"
AXES_LOCKOUT_CALLABLE = "infomigra.admin_site.lockout_response"
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False  # no banner on every manage.py command; failures are still logged
SILENCED_SYSTEM_CHECKS += [
    # axes warns about its cache handler on a per-process cache: that is development only, and
    # infomigra.E001 already refuses such a cache in production.
    "axes.W001",
]

# Two-factor sign-in (django-otp, TOTP): who must confirm their sign-in with a code — superusers
# ("superuser") and the named staff groups; the Atención group exports and erases personal data.
# Required unless DJANGO_OTP_REQUIRED=0, which development (DEBUG) is by default. Anyone else
# may enrol a device from the admin, and is then asked for a code too.
OTP_REQUIRED_FOR = (
    ("superuser", "Atención")  # infomigra.roles.ATTENTION
    if env_bool("DJANGO_OTP_REQUIRED", not DEBUG)
    else ()
)
OTP_TOTP_ISSUER = "Perú InfoMigra"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # nobody reads another person's key in the admin
