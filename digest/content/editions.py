"""Join notes with their articles and order them into editions and sections."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from digest.config import Config
from digest.content.images import resolved
from digest.content.model import (
    Article,
    Edition,
    EditionInfo,
    HeldBack,
    ImageFile,
    Item,
    Note,
    SectionGroup,
    Site,
    Story,
    Tag,
)
from digest.content.notes import NoteFiles
from digest.content.outlets import normalize_outlets, outlets_of
from digest.content.schema import describe
from digest.content.storygroups import FORGET, Memory, attach_stories_and_related
from digest.errors import Collector, Problem
from digest.text import slug_too_long, slugify


def _publishable(note: Note, today: dt.date, include_drafts: bool) -> str:
    """'' if the note is published, otherwise why it is held back."""
    if note.draft and not include_drafts:
        return "draft"
    if note.edition > today and not include_drafts:
        return f"scheduled for {note.edition.isoformat()}"
    return ""


def _tags_for(
    names: Iterable[str], note: Note, registry: dict[str, Tag], errors: Collector
) -> tuple[Tag, ...]:
    tags: list[Tag] = []
    for name in names:
        slug = slugify(name)
        # A slug met before passed the checks then; its Tag is made once (10,000 items name
        # a few hundred tags 20,000 times).
        tag = registry.get(slug)
        if tag is None:
            if not slug:
                errors.report(f"tag {name!r} has no letters or digits", note.path, note.line, "tags")
                continue
            if too_long := slug_too_long(slug):
                errors.report(f"tag {describe(name)}: {too_long}; shorten it", note.path, note.line, "tags")
                continue
            tag = registry[slug] = Tag(slug=slug, name=name)
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


def unread_errors(
    note_files: NoteFiles,
    unread: dict[str, tuple[Problem, ...]],
    today: dt.date,
    errors: Collector,
    include_drafts: bool = False,
) -> None:
    """The problems of each file the reader could not read that a note published now
    names: errors, reported with the notes' own so that every problem shows at once."""
    for note in note_files.notes:
        if note.article_id in unread and not _publishable(note, today, include_drafts):
            errors.extend(unread[note.article_id])


def build_site(
    config: Config,
    articles: list[Article],
    note_files: NoteFiles,
    today: dt.date,
    errors: Collector,
    include_drafts: bool = False,
    unread: dict[str, tuple[Problem, ...]] | None = None,
    images: dict[str, ImageFile] | None = None,
    memory: Memory = FORGET,
) -> Site:
    """The site: notes joined with their articles (and pictures with their files, as
    `content.images.read_images` found them), ordered into editions. An article in
    `unread` (a file the reader could not read at all) that a note published now names
    is left out (`unread_errors` made it an error); the others' problems are warnings
    (`Site.unread`): one file no note publishes never stops the site. With
    `config.stories`, stories and related reading are found from what `memory` recalls
    of the last build (the answer is the same), and left with it."""
    unread = unread or {}
    images = images or {}
    articles = normalize_outlets(articles, config)
    by_id = {article.id: article for article in articles}
    section_order = {section.id: index for index, section in enumerate(config.sections)}

    held_back: list[HeldBack] = []
    published: list[Note] = []
    reported: set[str] = set()
    for note in note_files.notes:
        reason = _publishable(note, today, include_drafts)
        if reason:
            held_back.append(HeldBack(note, reason))
        elif note.article_id in unread:
            reported.add(note.article_id)  # an error already (`unread_errors`)
        else:
            published.append(note)

    published.sort(
        key=lambda n: (
            -n.edition.toordinal(),
            section_order[n.section],
            n.rank,
            (n.headline or by_id[n.article_id].headline).casefold(),
            n.article_id,
        )
    )
    registry: dict[str, Tag] = {}
    items = tuple(
        Item(
            note=note,
            article=by_id[note.article_id],
            tags=_tags_for((*note.tags, *by_id[note.article_id].tags), note, registry, errors),
            image=resolved(note.image or by_id[note.article_id].image, images),
        )
        for note in published
    )
    hidden = {held.note.article_id for held in held_back}
    stories: tuple[Story, ...] = ()
    if config.stories:
        items, stories = attach_stories_and_related(items, articles, hidden, config, memory)

    infos = {info.date: info for info in note_files.editions}
    by_edition: dict[dt.date, list[Item]] = defaultdict(list)
    for item in items:
        by_edition[item.edition].append(item)
    editions = tuple(
        _edition(date, by_edition[date], infos.get(date), config) for date in sorted(by_edition, reverse=True)
    )

    noted = {note.article_id for note in note_files.notes}
    return Site(
        config=config,
        editions=editions,
        items=items,
        tags=tuple(sorted(registry.values(), key=lambda t: t.slug)),
        articles=tuple(sorted(articles, key=lambda a: a.id)),
        unnoted=tuple(sorted((a for a in articles if a.id not in noted), key=lambda a: a.id)),
        held_back=tuple(sorted(held_back, key=lambda h: (h.note.edition, h.note.article_id))),
        unread=tuple(problem for key in sorted(unread) if key not in reported for problem in unread[key]),
        stories=stories,
        outlets=outlets_of(items),
        images=tuple(images.values()),
    )


def _edition(date: dt.date, items: list[Item], info: EditionInfo | None, config: Config) -> Edition:
    groups = []
    for section in config.sections:
        in_section = tuple(item for item in items if item.note.section == section.id)
        if in_section:
            groups.append(SectionGroup(section=section, items=in_section))
    return Edition(
        date=date,
        title=info.title if info else "",
        intro_html=info.intro_html if info else "",
        groups=tuple(groups),
        language=info.language if info else "",
    )
