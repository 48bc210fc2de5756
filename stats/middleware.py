import logging

from .recording import should_log, visit_record

logger = logging.getLogger(__name__)


class VisitMiddleware:
    """Logs each public page view as one row (see stats.logging); a failed write is logged and
    never turns into a failed page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            if should_log(request, response):
                visit_record(request, response)
        except Exception:
            logger.exception("Visit not recorded for %s", request.path[:100])
        return response
