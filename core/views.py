"""Error pages that need more than a template."""

import sys

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

# How long a reader is asked to wait while the database restarts.
DATABASE_RETRY_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """Django's handler500, except that a database outage is a 503 that says so and when to
    try again: the site is down for a moment, not broken. The page cache serves what it
    holds instead (core/page_cache.py)."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
        response.database_unavailable = True
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))
