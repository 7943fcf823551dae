"""Stories on the site: which items report one event, and what each item's page and
edition entry show of the others (`Item.story`, `Item.coverage`, `Site.stories`).

The articles clustered are those a reader may see: the published items' and the articles
without a note (an article whose note is a draft or scheduled stays out, or its headline
would leak before its day). The clusters come from `content.stories`; the notes' `story:`
choices then join or leave them (`stories.assemble`). Everything here is a value of the
site model, so the pages made from items change when a story does, and a rebuild plans
them again like any other change of an item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from digest.config import Config
from digest.content.model import Article, Coverage, Item, Story, StoryRef
from digest.content.related import RelatedMemo, relate
from digest.content.stories import StoryLinks, assemble, clusters, has_day, link_articles
from digest.text import slug_too_long, slugify

STORY_PAGE_MIN = 3  # reports a story needs for a page of its own


@dataclass(frozen=True)
class StoryMemory:
    """What the last build found: the links between its articles and its related
    reading. Given to the next build, it computes only what the changes touch, and
    finds what a build from scratch finds."""

    links: StoryLinks
    related: RelatedMemo


class Memory(Protocol):
    """Where a build finds the last build's `StoryMemory` and leaves its own: the cache
    (`digest.incremental.storystore`), or nowhere (`FORGET`)."""

    def recall(self) -> StoryMemory | None: ...

    def keep(self, memory: StoryMemory) -> None: ...


class _Forget:
    def recall(self) -> StoryMemory | None:
        return None

    def keep(self, memory: StoryMemory) -> None:
        pass


FORGET: Memory = _Forget()


def attach_stories_and_related(
    items: tuple[Item, ...],
    articles: Sequence[Article],
    hidden: set[str],
    config: Config,
    memory: Memory = FORGET,
) -> tuple[tuple[Item, ...], tuple[Story, ...]]:
    """`attach_stories`, then each item's related reading (`content.related`), from what
    `memory` recalls of the last build; what this one found is left with it."""
    last = memory.recall()
    items, stories, links = attach_stories(items, articles, hidden, config, last.links if last else None)
    items, related = relate(items, links.vectors, last.related if last else None)
    memory.keep(StoryMemory(links, related))
    return items, stories


def attach_stories(
    items: tuple[Item, ...],
    articles: Sequence[Article],
    hidden: set[str],
    config: Config,
    previous: StoryLinks | None = None,
) -> tuple[tuple[Item, ...], tuple[Story, ...], StoryLinks]:
    """The items with their stories and coverage, the stories that have a page, and the
    links found (`stories.link_articles`, given the last build's as `previous`).
    `hidden`: ids of articles whose notes are held back."""
    shown = sorted((a for a in articles if a.id not in hidden and has_day(a)), key=lambda a: a.id)
    links = link_articles(shown, config.tz, previous)
    by_id = {article.id: article for article in shown}
    item_of = {item.article.id: item for item in items}
    day = {key: record[1] for key, record in links.records.items()}
    choices = {key: item.note.story for key, item in item_of.items() if item.note.story}
    grouping = assemble(clusters(links), choices, day)

    refs: dict[str, StoryRef] = {}
    reports_of: dict[str, tuple[Coverage, ...]] = {}
    pages: list[Story] = []
    taken: set[str] = set()
    for name, keys in grouping.stories:
        if len(keys) < 2:
            continue
        reports = tuple(_coverage(by_id[key], item_of.get(key)) for key in keys)
        first = item_of.get(next((key for key in keys if key in item_of), keys[0]))
        title = name or (first.headline if first else by_id[keys[0]].headline)
        ref = StoryRef(
            slug=_unique(_slug(name, keys[0]), taken),
            title=title,
            outlets=len({report.outlet.casefold() for report in reports if report.outlet}),
            page=len(keys) >= STORY_PAGE_MIN and any(key in item_of for key in keys),
        )
        for key in keys:
            refs[key] = ref
            reports_of[key] = reports
        if ref.page:
            pages.append(Story(ref, reports))
    attached = tuple(
        item.but(
            story=refs[item.article.id],
            coverage=tuple(r for r in reports_of[item.article.id] if r.article_id != item.article.id),
        )
        if item.article.id in refs
        else item
        for item in items
    )
    return attached, tuple(sorted(pages, key=lambda story: story.ref.slug)), links


def _coverage(article: Article, item: Item | None) -> Coverage:
    return Coverage(
        article_id=article.id,
        outlet=item.outlet if item else article.outlet,
        headline=item.headline if item else article.headline,
        source_url=item.source_url if item else article.source_url,
        noted=item is not None,
        language=article.language,
    )


def _slug(name: str, first_id: str) -> str:
    """A named story's slug is its name's; an automatic one's, its first report's id."""
    for text in (name, first_id):
        slug = slugify(text) if text else ""
        if slug and not slug_too_long(slug):
            return slug
    return "story"


def _unique(slug: str, taken: set[str]) -> str:
    found, number = slug, 2
    while found in taken:
        found, number = f"{slug}-{number}", number + 1
    taken.add(found)
    return found
