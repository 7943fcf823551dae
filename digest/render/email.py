"""The e-mail edition: one self-contained HTML file per edition, for a newsletter service.

Mail clients ignore <style> blocks and scripts and resolve no relative links, so the
theme's `email.html` is rendered (its fragments sanitized by the `rebase` filter), the
CSS is inlined into style attributes with css-inline, and the result is parsed and
written back (`render.htmldoc`): every root-relative link made absolute, every attribute
value escaped again (css-inline leaves `<` bare inside them). The result must hold no
<style>, <script>, <link>, frame, object or form, event handler or script URL: such a
thing can only come from the theme, and the build fails rather than ship it.
"""

from __future__ import annotations

from collections.abc import Iterator

import css_inline

from digest.content.model import Edition, Site
from digest.errors import DigestError
from digest.render.htmldoc import UnsafeMarkup, rewrite_document
from digest.render.theme import Theme
from digest.routes import Router, rooted

_INLINER = css_inline.CSSInliner(keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False)


def email_html(edition: Edition, theme: Theme, router: Router) -> bytes:
    route = router.email(edition.date)
    html = theme.template("email.html").render(edition=edition, route=route)
    try:
        written = rewrite_document(_INLINER.inline(html), rooted(router.origin + "/"))
    except UnsafeMarkup as problem:
        raise DigestError(f"e-mail edition {route}: the theme's email.html left {problem}") from None
    return written.encode("utf-8")


def email_files(site: Site, theme: Theme, router: Router) -> Iterator[tuple[str, bytes]]:
    for edition in site.editions:
        yield router.email(edition.date), email_html(edition, theme, router)
