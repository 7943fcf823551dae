"""The e-mail edition: one self-contained HTML file per edition, for a newsletter service.

Mail clients ignore <style> blocks and scripts and resolve no relative links, so the
theme's `email.html` is rendered, every root-relative link is made absolute, and the CSS
is inlined into style attributes with css-inline. The result must hold no <style>,
<script> or <link>: a check here fails the build rather than ship a broken e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import css_inline

from digest.content.model import Edition, Site
from digest.errors import DigestError
from digest.render.theme import Theme
from digest.routes import Router

_FORBIDDEN = re.compile(r"<(style|script|link)\b", re.IGNORECASE)
_INLINER = css_inline.CSSInliner(keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False)


def email_html(edition: Edition, theme: Theme, router: Router) -> bytes:
    route = router.email(edition.date)
    html = theme.template("email.html").render(edition=edition, route=route)
    inlined = _INLINER.inline(router.absolutize_html(html))
    if found := _FORBIDDEN.search(inlined):
        raise DigestError(f"e-mail edition {route}: the theme's email.html left a <{found.group(1)}> tag")
    return inlined.encode("utf-8")


def email_files(site: Site, theme: Theme, router: Router) -> Iterator[tuple[str, bytes]]:
    for edition in site.editions:
        yield router.email(edition.date), email_html(edition, theme, router)
