"""The e-mail edition: one self-contained HTML file per edition, for a newsletter service,
and the same edition as a message file (`email/<date>.eml`) to hand to any sending service.

Mail clients ignore <style> blocks and scripts and resolve no relative links, so the
theme's `email.html` is rendered (its fragments sanitized by the `rebase` filter), the
CSS is inlined into style attributes with css-inline, and the result is parsed and
written back (`render.htmldoc`): every root-relative link made absolute, every attribute
value escaped again (css-inline leaves `<` bare inside them). The result must hold no
<style>, <script>, <link>, frame, object or form, event handler or script URL: such a
thing can only come from the theme, and the build fails rather than ship it.

The message is MIME multipart/alternative (RFC 2046), made with Python's `email`
package: a plain-text part written from the edition itself (for mail programs that show
no HTML, and for spam filters, which distrust HTML alone), then the HTML file as it is.
Its headers are a subject, the date the edition goes out, `From` and `List-Unsubscribe`
(RFC 2369) when `email:` in config.yaml names them; no Message-ID, which the sending
service gives each copy. Nothing comes from the clock, and the MIME boundary is a hash of
the parts, so two builds write the same bytes.
"""

from __future__ import annotations

import email.policy
import email.utils
import textwrap
from collections.abc import Iterator
from email.message import EmailMessage

import css_inline

from digest.config import Config
from digest.content.htmlsafe import absolutize
from digest.content.model import Edition, Site
from digest.errors import DigestError
from digest.hashing import hash_bytes
from digest.render.feedmodel import one_line
from digest.render.formatting import Formatter
from digest.render.htmldoc import UnsafeMarkup, rewrite_document
from digest.render.subscriptions import Gettext, english
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


WIDTH = 72  # characters a line of the plain-text part, as mail programs expect


def email_message(
    edition: Edition, html: bytes, config: Config, router: Router, _: Gettext = english
) -> bytes:
    """The e-mail edition as a message: a plain-text and an HTML alternative."""
    fmt = Formatter(config.language, config.tz)
    text = edition_text(edition, config, router, fmt, _)
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = one_line(f"{config.title}: {edition.title or fmt.date(edition.date)}")
    if config.email.sender:
        message["From"] = config.email.sender
    message["Date"] = email.utils.format_datetime(config.edition_datetime(edition.date))
    if config.email.unsubscribe:
        message["List-Unsubscribe"] = f"<{config.email.unsubscribe}>"
    # Each part in quoted-printable or base64, whichever is shorter (the email package
    # chooses): Korean text is shorter in base64.
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html.decode("utf-8"), subtype="html", charset="utf-8")
    message.set_boundary("=_digest_" + hash_bytes(text.encode("utf-8") + html)[:24])
    return message.as_bytes()


def edition_text(
    edition: Edition, config: Config, router: Router, fmt: Formatter, _: Gettext = english
) -> str:
    """The edition as plain text: the same parts as `email.html`, links written out, its
    labels in the site's language (`_`, the theme's gettext)."""
    blocks = [config.title, _("Edition of %(date)s", date=fmt.date(edition.date))]
    if edition.title:
        blocks[-1] += "\n" + edition.title
    if edition.intro_html:
        blocks += _fragment_text(edition.intro_html, router)
    for group in edition.groups:
        blocks.append(f"== {group.section.title} ==")
        for item in group.items:
            minutes = _("%(minutes)s min read", minutes=fmt.reading_minutes(item.article.text))
            # The outlet as the note or the file gives it, as in email.html: none is left out.
            lines = [item.headline, " · ".join(part for part in (item.outlet, minutes) if part)]
            blocks.append("\n".join(lines))
            if item.note.summary:
                blocks.append(item.note.summary)
            if item.note.commentary_html:
                commentary = _fragment_text(item.note.commentary_html, router)
                label = _("Editor\u2019s note:")
                blocks += [f"{label} {commentary[0]}", *commentary[1:]] if commentary else []
            in_digest = _("Read in the digest")
            links = [f"{in_digest}: {router.absolute(router.article(item.article))}"]
            if item.source_url:
                original = (
                    _("Original at %(outlet)s", outlet=item.outlet)
                    if item.outlet
                    else _("Original at the source")
                )
                links.append(f"{original}: {item.source_url}")
            blocks.append("\n".join(links))
    signed = (
        _("%(site)s, edited by %(editor)s.", site=config.title, editor=config.author)
        if config.author
        else config.title + "."
    )
    on_the_web = _("Read this edition on the web")
    rights = _(
        "Headlines and article text belong to their outlets; summaries and commentary are the editor\u2019s."
    )
    footer = [
        "-- ",
        f"{on_the_web}: {router.absolute(router.edition(edition.date))}",
        f"RSS: {router.absolute(router.feed('rss'))}",
        f"{signed} {rights}",
    ]
    if config.email.unsubscribe:
        unsubscribe = _("Unsubscribe")
        footer.append(f"{unsubscribe}: {config.email.unsubscribe}")
    blocks.append("\n".join(footer))
    return "\n\n".join(_wrap(block) for block in blocks) + "\n"


def _wrap(block: str) -> str:
    """Each line of a block filled to WIDTH; words and links are never broken. A line
    that fits is kept as it is: the signature separator "-- " keeps its space."""
    out = []
    for line in block.split("\n"):
        if len(line) <= WIDTH:
            out.append(line)
            continue
        indent = "  " if line.startswith("- ") else ""
        out.append(
            textwrap.fill(
                line, WIDTH, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
            )
        )
    return "\n".join(out)


def _fragment_text(fragment: str, router: Router) -> list[str]:
    """Sanitized HTML (a commentary, an intro) as paragraphs of text; a link becomes its
    text followed by its address in angle brackets, and list items start with '- '."""
    import lxml.html

    root = lxml.html.fragment_fromstring(
        absolutize(router.rebase_html(fragment), router.origin + "/"), create_parent="div"
    )
    for link in root.iter("a"):
        href = (link.get("href") or "").strip()
        if href and href != link.text_content().strip():
            link.tail = f" <{href}>" + (link.tail or "")
    blocks = []
    if root.text and root.text.strip():
        blocks.append(root.text)
    for child in root:
        if child.tag in ("ul", "ol"):
            blocks.append(
                "\n".join(f"- {' '.join(item.text_content().split())}" for item in child.iter("li"))
            )
        else:
            blocks.append(child.text_content())
        if child.tail and child.tail.strip():
            blocks.append(child.tail)
    return [text for block in blocks if (text := _spaces(block))]


def _spaces(text: str) -> str:
    """Runs of white space as one space, line by line (list items keep their lines)."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
