"""Settings shared by every environment; each switch comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "villages",
    "home",
    "search",
    "editorial",
    "standard_pages",
    "government",
    "events",
    "gallery",
    "documents",
    "budget",
    "articles",
    "catalog",
    "core",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.permissions.RoleGateMiddleware",
    "core.admin_saves.AdminSaveGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security_headers.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.ratelimit.PasswordResetLimitMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "village_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "village_site.wsgi.application"

# Without DATABASE_URL the site runs on an embedded SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # After a database restart a kept connection is dead; check it before reuse, so the
        # site recovers by itself instead of failing until gunicorn restarts.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Autosave, preview and a click on "Simpan" write at the same moment: WAL lets readers
    # go on while one writes, IMMEDIATE takes the write lock up front (no deadlocked lock
    # upgrade), and writers wait for each other instead of failing "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A fresh database's migrate replaces Wagtail's welcome page with the village's pages
# (villages/signals.py); setup_village then names the site.
VILLAGE_FIRST_RUN = env_bool("VILLAGE_FIRST_RUN", True)

# Anonymous page views are cached this long (0 switches the page cache off); publishing
# purges exactly the pages that show what changed (core/purge.py).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# The query parameters each page type reads; only these vary its cached views, and it sees
# no others. A page type not listed reads none (core/page_cache.py).
PAGE_CACHE_QUERY_PARAMETERS = {
    "articles.ArticleIndexPage": ["kategori", "page", "tag"],
    "catalog.WisataIndexPage": ["kategori", "page", "q", "urut"],
    "catalog.ProdukIndexPage": ["kategori", "page", "q", "urut"],
    "events.AgendaIndexPage": ["page"],
    "gallery.GalleryIndexPage": ["page"],
    "documents.ProdukHukumIndexPage": ["jenis", "tahun", "q", "page"],
    "budget.BudgetPage": ["tahun"],
}

# Behind a reverse proxy (production.py, BEHIND_PROXY=true) the client's address is the
# last X-Forwarded-For hop, the one the proxy added.
BEHIND_PROXY = False
# Requests per client (a daily hash of its address) per window: (requests, seconds).
RATE_LIMITS = {
    "search": (60, 60),
    "suggestions": (30, 10),
    "password_reset": (5, 15 * 60),
}

# The page cache, search results and their purge counters must be one truth for every
# worker: never per-process memory. One machine shares files (CACHE_DIR); several app
# servers share Redis (REDIS_URL). Either way a failing cache means "uncached", not a 500.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "desa"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    # django-redis logs what IGNORE_EXCEPTIONS swallows.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailSafeFileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # Culling scans the folder: allow enough entries for every page of a village.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Ten wrong passwords for one account from one address lock that pair for 15 minutes; other
# accounts, and the same account from the village office's other computers, still sign in.
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Failed attempts are kept (the lock-out needs them); successful sign-ins are not logged.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Wagtail's preview views allow their own same-origin framing; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Media served by Django (a single small server without S3 or a web server in front).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# A CDN or caching proxy in front is purged with the page cache, configured by env.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFLARE_API_TOKEN"):
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        }
    }

LANGUAGE_CODE = "id"
# Only Indonesian for now, so LocaleMiddleware never serves a reader's browser language
# (month names, form messages) in place of it. Add a language here with its translation.
LANGUAGES = [("id", _("Bahasa Indonesia"))]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can exceed Django's default field limit on long articles.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The admin names the village from Pengaturan desa (editorial/branding.py); this name is
# only its fallback and what Wagtail asks to type when deleting many pages at once.
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Situs Desa")
# No "Wagtail upgrade available" or "What's new in Wagtail" banners: they are English,
# and the upgrade check calls wagtail.org, which an office LAN may not reach.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAIL_I18N_ENABLED = False

# Search: Wagtail's database backend by default, with Indonesian stemming on PostgreSQL.
# SEARCH_URL switches to Elasticsearch or OpenSearch (see README); no code depends on which.
SEARCH_BACKENDS_BY_ENGINE = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch2",
}
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "elasticsearch")
if os.environ.get("SEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKENDS_BY_ENGINE[SEARCH_ENGINE],
            "URLS": env_list("SEARCH_URL"),
            "INDEX": os.environ.get("SEARCH_INDEX", "village_site"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
    if "django.contrib.postgres" in INSTALLED_APPS:
        WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "indonesian"
WAGTAILSEARCH_HITS_MAX_AGE = 30
WAGTAILIMAGES_IMAGE_FORM_BASE = "editorial.forms.AltTextRequiredImageForm"
# Phones save 12 to 24 megapixels by default; bigger images take too much memory to resize.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILADMIN_COMMENTS_ENABLED = True
# No Gravatar: the admin must make no third-party request on a village office LAN.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.forms.LoginForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
# Documents are always streamed by Wagtail's view, which asks for a private collection's
# password or login first; never a redirect to the storage's own public URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "desa@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
