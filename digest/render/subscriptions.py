"""Every feed of the site, for a reader choosing what to follow: the list the "Feeds" page
shows (each feed with its purpose and its three formats), and the same list as an OPML
file (`feeds.opml`) that a feed reader imports in one step.

The list is made from the feed scopes themselves (`feeds.feed_scopes`), so it names
exactly the feeds a build writes, with their own titles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from digest.content.model import Site
from digest.render.feedmodel import one_line
from digest.render.feeds import feed_scopes
from digest.routes import Router

OPML_DOCS = "http://opml.org/spec2.opml"
KINDS = ("site", "section", "tag", "outlet")
# A theme's `gettext` (`render.theme.Theme.gettext`): the message in the site's language.
Gettext = Callable[..., str]


def english(message: str, **values: object) -> str:
    return message % values if values else message


@dataclass(frozen=True)
class FeedInfo:
    kind: str  # 'site', 'section', 'tag' or 'outlet'
    name: str  # what it is about: the site's title, a section's, '#tag'
    title: str  # the feed's own title
    purpose: str  # one sentence: what a subscriber gets
    page: str  # route of the page whose items it carries
    rss: str  # routes of its three files
    atom: str
    json: str


def subscriptions(site: Site, router: Router, _: Gettext = english) -> tuple[FeedInfo, ...]:
    """The site's feeds, in the order a build writes them: the site's, the sections'
    (in configured order), the tags' (by slug); their purposes in the site's language."""
    config = site.config
    tags = {tag.slug: tag for tag in site.tags}
    outlets = {outlet.slug: outlet.name for outlet in site.outlets}
    found = []
    for scope in feed_scopes(site, router):
        kind, _colon, key = scope.key.partition(":")
        if not kind:
            kind, name = "site", config.title
            purpose = _("Every note of every edition, newest first.")
        elif kind == "section":
            section = config.section(key)
            name = section.title if section else key
            described = section.description if section else ""
            purpose = described or _("Every note in %(section)s.", section=name)
        elif kind == "outlet":
            name = outlets.get(key, key)
            purpose = _("Every note on an article of %(outlet)s.", outlet=name)
        else:
            name = f"#{tags[key].name}" if key in tags else f"#{key}"
            purpose = _("Every note tagged %(tag)s.", tag=name)
        found.append(
            FeedInfo(
                kind=kind,
                name=name,
                title=scope.title,
                purpose=purpose,
                page=scope.prefix,
                rss=router.feed("rss", scope.prefix),
                atom=router.feed("atom", scope.prefix),
                json=router.feed("json", scope.prefix),
            )
        )
    return tuple(found)


def opml(feeds: tuple[FeedInfo, ...], title: str, owner: str, router: Router, _: Gettext = english) -> bytes:
    """OPML 2.0: the site's own feed, then a folder of sections and one of tags, each
    feed by its RSS file (a reader takes one format per feed). No date: the file
    depends on the feeds alone, so two builds write the same bytes."""
    # Imported here: xml.sax.saxutils brings urllib.request, http.client and ssl (12 ms
    # of every build's start, before Pagefind can start), and only this file needs it.
    from xml.sax.saxutils import escape, quoteattr

    def outline(feed: FeedInfo, indent: str) -> str:
        return (
            f'{indent}<outline type="rss" text={quoteattr(one_line(feed.name))} '
            f"title={quoteattr(one_line(feed.title))} "
            f"description={quoteattr(one_line(feed.purpose))} "
            f"xmlUrl={quoteattr(router.absolute(feed.rss))} htmlUrl={quoteattr(router.absolute(feed.page))}/>"
        )

    heading = _("%(site)s: every feed", site=title)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{escape(one_line(heading))}</title>",
        *([f"    <ownerName>{escape(one_line(owner))}</ownerName>"] if owner else []),
        f"    <docs>{OPML_DOCS}</docs>",
        "  </head>",
        "  <body>",
    ]
    lines += [outline(feed, "    ") for feed in feeds if feed.kind == "site"]
    for kind, folder in (("section", _("Sections")), ("tag", _("Tags")), ("outlet", _("Outlets"))):
        members = [feed for feed in feeds if feed.kind == kind]
        if members:
            lines.append(f"    <outline text={quoteattr(folder)} title={quoteattr(folder)}>")
            lines += [outline(feed, "      ") for feed in members]
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>"]
    return ("\n".join(lines) + "\n").encode("utf-8")
