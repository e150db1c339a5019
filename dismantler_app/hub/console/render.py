"""Jinja2 with autoescaping over the console's templates; the headers every console answer carries."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

_ENV = Environment(
    loader=PackageLoader("dismantler_app.hub.console", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

# No script at all, nothing from another origin, never framed (the console works on an office network with no
# internet, and a page that shows personal data should not run anything it did not bring).
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # same-origin, not no-referrer: under no-referrer Chrome sends "Origin: null" with a form, and head office
    # refuses a form whose origin is not its own.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(template: str, *, params: dict[str, str], **context: Any) -> str:
    def lang_query(language: str) -> str:
        return urlencode({**{k: v for k, v in params.items() if k != "lang"}, "lang": language})

    return _ENV.get_template(template).render(lang_query=lang_query, **context)
