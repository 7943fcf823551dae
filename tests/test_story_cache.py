"""Stories and related reading kept between builds (`digest.incremental.storystore`):
after every kind of change, what a build finds from the last build's answer equals what
it finds from scratch, and it computes only what the change touches."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import subprocess
import sys
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bench.stories import load_set
from digest.build import build
from digest.config import Config
from digest.content import related, relatedscore, stories, storytext, storyweights
from digest.content.model import Article, Item, Note, Related, Story, Tag
from digest.content.storygroups import FORGET, StoryMemory, attach_stories_and_related
from digest.incremental import fingerprint, storage
from digest.incremental.storystore import FILE, StoryStore
from tests.conftest import CACHE_DIR, SAMPLE_TODAY, Project, tree_differences
from tests.test_incremental import tree

TAGS = ("chips", "energy", "labour", "seoul", "trade")
ARTICLES = {article.id: article for article in load_set().articles}


class Remember:
    """A memory that keeps the last answer in this process."""

    def __init__(self) -> None:
        self.kept: StoryMemory | None = None

    def recall(self) -> StoryMemory | None:
        return self.kept

    def keep(self, memory: StoryMemory) -> None:
        self.kept = memory


def note_for(article: Article, index: int, **fields: object) -> Note:
    tags = (TAGS[index % len(TAGS)], TAGS[index * 3 % len(TAGS)])
    note = Note(
        article.id, Path("notes.yaml"), index + 1, article.date or dt.date(2025, 11, 1), "tech", 1, "", ""
    )
    return dataclasses.replace(note, tags=tags, **fields)  # type: ignore[arg-type]


def items_of(articles: list[Article], notes: list[Note]) -> tuple[Item, ...]:
    by_id = {article.id: article for article in articles}
    ordered = sorted(notes, key=lambda n: (-n.edition.toordinal(), n.article_id))
    return tuple(Item(n, by_id[n.article_id], tuple(Tag(t, t) for t in n.tags)) for n in ordered)


Site = tuple[list[Article], list[Note]]


def labelled_site() -> Site:
    """The labelled set: every article but each seventh has a note."""
    articles = list(ARTICLES.values())
    notes = [note_for(a, i) for i, a in enumerate(articles) if i % 7]
    return articles, notes


def _edit_article(site: Site) -> Site:
    articles, notes = site
    first = articles[20]
    edited = dataclasses.replace(first, text="Hanbit Semiconductor opened a plant in Cheongju. " + first.text)
    return [edited if a is first else a for a in articles], notes


def _edit_note(site: Site) -> Site:
    articles, notes = site
    return articles, [
        dataclasses.replace(n, headline="A new headline") if i == 3 else n for i, n in enumerate(notes)
    ]


def _add_article(site: Site) -> Site:
    articles, notes = site
    model = articles[40]
    added = dataclasses.replace(model, id="zz-added", text=model.text + " A second plant follows.")
    return [*articles, added], [*notes, note_for(added, 999)]


def _delete_article(site: Site) -> Site:
    articles, notes = site
    gone = notes[10].article_id
    return [a for a in articles if a.id != gone], [n for n in notes if n.article_id != gone]


def _delete_unnoted(site: Site) -> Site:
    articles, notes = site
    return articles[:7] + articles[8:], notes  # articles[7] has no note


def _change_tags(site: Site) -> Site:
    articles, notes = site
    return articles, [
        dataclasses.replace(n, tags=("energy",)) if i in (5, 50) else n for i, n in enumerate(notes)
    ]


def _story_override(site: Site) -> Site:
    articles, notes = site
    choices = {2: "Port strike", 30: "port  STRIKE", 12: "none"}
    return articles, [dataclasses.replace(n, story=choices.get(i, "")) for i, n in enumerate(notes)]


CHANGES: dict[str, Callable[[Site], Site]] = {
    "article edited": _edit_article,
    "note edited": _edit_note,
    "article added": _add_article,
    "article deleted": _delete_article,
    "unnoted article deleted": _delete_unnoted,
    "tags changed": _change_tags,
    "story chosen in a note": _story_override,
}


def found(site: Site, config: Config, memory: Remember | None) -> tuple[tuple[Item, ...], tuple[Story, ...]]:
    articles, notes = site
    return attach_stories_and_related(items_of(articles, notes), articles, set(), config, memory or FORGET)


@pytest.fixture
def config(project: Project) -> Config:
    return project.config()


@pytest.mark.parametrize("change", list(CHANGES))
def test_stories_and_related_reading_from_the_last_answer_equal_a_cold_computation(
    change: str, config: Config
) -> None:
    memory = Remember()
    before = labelled_site()
    found(before, config, memory)
    after = CHANGES[change](before)
    incremental = found(after, config, memory)
    cold = found(after, config, None)
    assert incremental == cold
    assert any(item.related for item in cold[0]) and cold[1]
    # And from that answer again, after the change is undone.
    assert found(before, config, memory) == found(before, config, None)


def test_an_article_edit_computes_again_only_what_is_near_it(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = Remember()
    before = labelled_site()
    found(before, config, memory)
    counted: list[str] = []
    chosen: list[int] = []
    term_counts, choose = stories.term_counts, related._Digest.choose
    monkeypatch.setattr(stories, "term_counts", lambda *a, **k: counted.append(a[0]) or term_counts(*a, **k))
    monkeypatch.setattr(
        related._Digest, "choose", lambda self, rows: chosen.extend(rows) or choose(self, rows)
    )
    found(_edit_article(before), config, memory)
    # The labelled set spans two months: the edit's window (a week either side) holds a
    # fraction of its 303 articles, and few items choose their related reading again.
    assert 0 < len(counted) < len(before[0]) / 3
    assert 0 < len(chosen) < len(before[1]) / 5


# --- through the build and its cache ---------------------------------------------------


def write_site(project: Project, keys: list[str]) -> None:
    """The articles `keys` of the labelled set, each noted in the edition of its day but
    every fifth, with tags; stories on."""
    for path in (project.root / "content").rglob("*.*"):
        path.unlink()
    editions: dict[str, list[str]] = {}
    for index, key in enumerate(keys):
        entry = ARTICLES[key]
        front = {"title": entry.headline, "date": str(entry.date), "outlet": entry.outlet}
        text = yaml.safe_dump(front, allow_unicode=True, sort_keys=True)
        project.write(f"content/articles/{key}.md", f"---\n{text}---\n{entry.text}\n")
        if index % 5:
            tags = f'["{TAGS[index % len(TAGS)]}", "{TAGS[index * 3 % len(TAGS)]}"]'
            editions.setdefault(str(entry.date), []).append(
                f'  - article: "{key}"\n    section: tech\n    rank: {index}\n'
                f'    summary: "About {key}."\n    tags: {tags}\n'
            )
    for day, notes in editions.items():
        project.note(f"{day}.yaml", f'edition: "{day}"\nnotes:\n' + "".join(notes))
    config = project.config_path.read_text(encoding="utf-8")
    if "\nstories: true\n" not in config:
        project.write("config.yaml", config + "stories: true\n")


def november(limit: int = 40) -> list[str]:
    """The first `limit` labelled articles of November, before the sample's today."""
    return [key for key, a in ARTICLES.items() if a.date and a.date < SAMPLE_TODAY][:limit]


def _note_file(project: Project, key: str) -> Path:
    return project.root / "content/notes" / f"{ARTICLES[key].date}.yaml"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _noted(keys: list[str], index: int) -> str:
    return [key for i, key in enumerate(keys) if i % 5][index]


def _build_edit_article(project: Project, keys: list[str]) -> None:
    path = project.root / f"content/articles/{keys[6]}.md"
    _replace(path, "\n---\n", "\n---\nHanbit Semiconductor opened a plant in Cheongju. ")


def _build_edit_note(project: Project, keys: list[str]) -> None:
    key = _noted(keys, 3)
    _replace(
        _note_file(project, key),
        f'summary: "About {key}."',
        f'headline: "A new headline"\n    summary: "About {key}."',
    )


def _build_add_article(project: Project, keys: list[str]) -> None:
    extra = november(60)[50]
    write_site(project, [*keys, extra])


def _build_delete_article(project: Project, keys: list[str]) -> None:
    write_site(project, [key for key in keys if key != _noted(keys, 8)])


def _build_change_tags(project: Project, keys: list[str]) -> None:
    key = _noted(keys, 5)
    path = _note_file(project, key)
    text = path.read_text(encoding="utf-8")
    start = text.index(f'article: "{key}"')
    tags = text.index("tags:", start)
    end = text.index("\n", tags)
    path.write_text(text[:tags] + 'tags: ["energy"]' + text[end:], encoding="utf-8")


def _build_story_override(project: Project, keys: list[str]) -> None:
    for index, choice in ((2, "Port strike"), (12, "port  STRIKE"), (7, "none")):
        key = _noted(keys, index)
        _replace(
            _note_file(project, key),
            f'summary: "About {key}."',
            f'summary: "About {key}."\n    story: "{choice}"',
        )


BUILD_CHANGES: dict[str, Callable[[Project, list[str]], None]] = {
    "article edited": _build_edit_article,
    "note edited": _build_edit_note,
    "article added": _build_add_article,
    "article deleted": _build_delete_article,
    "tags changed": _build_change_tags,
    "story chosen in a note": _build_story_override,
}


def assert_equals_cold(project: Project, tmp_path: Path) -> None:
    """The project's output is what a build from scratch, without a cache, makes."""
    cold = tmp_path / "cold"
    build(project.config(), cold, today=SAMPLE_TODAY, cache=False)
    assert tree_differences(tree(project.output), tree(cold)) == []


@pytest.mark.parametrize("change", list(BUILD_CHANGES))
def test_an_incremental_build_with_stories_equals_a_cold_one(
    change: str, project: Project, tmp_path: Path
) -> None:
    keys = november()
    write_site(project, keys)
    project.build()
    assert (project.root / CACHE_DIR / FILE).is_file()
    BUILD_CHANGES[change](project, keys)
    project.build()
    assert_equals_cold(project, tmp_path)


def test_a_rebuild_after_an_article_edit_counts_its_terms_alone_and_reads_those_of_its_days(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = november()
    write_site(project, keys)
    project.build()
    _build_edit_article(project, keys)
    counted: list[str] = []
    unpacked: list[bytes] = []
    term_counts, unpack = storytext.term_counts, stories.term_lists
    monkeypatch.setattr(
        storytext, "term_counts", lambda *a, **k: counted.append(a[0]) or term_counts(*a, **k)
    )
    monkeypatch.setattr(stories, "term_lists", lambda data: unpacked.append(data) or unpack(data))
    project.build()
    # The reader counts the edited file's terms (the others' are kept with their parsed
    # articles); the story vectors of its days read theirs.
    assert counted == [ARTICLES[keys[6]].headline]
    assert 0 < len(unpacked) < len(keys) / 2


def test_the_reader_packs_the_terms_the_stories_count_only_with_stories_on(project: Project) -> None:
    keys = november(10)
    write_site(project, keys)
    with_stories = {a.id: a for a in project.build().site.articles}
    entry = with_stories[keys[0]]
    counts = storytext.damped(storytext.term_counts(entry.headline, entry.text, entry.outlet))
    assert storytext.unpacked_terms(entry.terms) == counts and list(counts)
    assert stories.article_terms(entry) == stories.article_terms(dataclasses.replace(entry, terms=b""))
    assert storytext.unpacked_terms(storytext.packed_terms("", "")) == {}
    project.write(
        "config.yaml", project.config_path.read_text(encoding="utf-8").replace("stories: true\n", "")
    )
    assert all(not a.terms for a in project.build().site.articles)


def test_a_stories_file_that_names_code_is_refused_and_the_stories_found_again(
    project: Project, tmp_path: Path
) -> None:
    keys = november(20)
    write_site(project, keys)
    project.build()
    store = project.root / CACHE_DIR / FILE
    planted = tmp_path / "ran"

    class Evil:
        def __reduce__(self) -> tuple[object, ...]:
            return (Path.touch, (planted,))

    store.write_bytes(pickle.dumps(Evil()))
    result = project.build()
    assert not planted.exists()
    assert result.site.items and store.is_file()
    assert_equals_cold(project, tmp_path)


def test_a_note_edit_makes_no_item_choose_its_related_reading_again(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = Remember()
    before = labelled_site()
    found(before, config, memory)
    articles, notes = before
    edited = [
        dataclasses.replace(n, summary="Edited.", headline="A new headline") if i == 3 else n
        for i, n in enumerate(notes)
    ]
    chosen: list[int] = []
    choose = related._Digest.choose
    monkeypatch.setattr(
        related._Digest, "choose", lambda self, rows: chosen.extend(rows) or choose(self, rows)
    )
    incremental = found((articles, edited), config, memory)
    assert chosen == []  # what a related entry shows is taken from this build's items
    assert incremental == found((articles, edited), config, None)
    assert any(r.headline == "A new headline" for item in incremental[0] for r in item.related)


def test_a_pair_scores_the_same_float_alone_as_among_all_pairs_of_a_build(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build from scratch scores every candidate pair in one step; a rebuild scores a
    # few pairs (`related._to_choose`) and chooses again for a few items: both rank by
    # the same floats, the cosine summed over the shared terms in ascending order. One
    # item's topic laid out dense at a time, as in a digest of many terms.
    monkeypatch.setattr(relatedscore, "_DENSE", 1)
    items, _ = found(labelled_site(), config, None)
    articles, _ = labelled_site()
    links = stories.link_articles([a for a in articles if stories.has_day(a)], config.tz)
    digest = related._Digest(items, links.vectors)
    first, second = digest.scorer.candidates(range(len(items)), related.MAX_POSTINGS)
    pairs = list(zip(first.tolist(), second.tolist(), strict=True))
    together = digest.scores(pairs)
    assert len(pairs) > 1000 and sum(score is not None for score in together) > 500

    def by_hand(index: int, other: int) -> float | None:
        mine, theirs = (
            dict(zip(v.topic, v.topic_weights, strict=True))
            for v in map(digest.topics.__getitem__, (index, other))
        )
        cosine = sum([weight * theirs[term] for term, weight in sorted(mine.items()) if term in theirs])
        score = cosine + related.TAG_WEIGHT * len(digest.tags[index] & digest.tags[other])
        return round(score, 6) if score >= related.MIN_SCORE else None

    sample = pairs[:: len(pairs) // 300]
    assert [digest.scores([pair])[0] for pair in sample] == [together[pairs.index(pair)] for pair in sample]
    assert [by_hand(*pair) for pair in sample] == [together[pairs.index(pair)] for pair in sample]
    # A choice made for a few items is the one made for all of them.
    everyone = digest.choose(range(len(items)))
    assert digest.choose([5, 77]) == {key: everyone[key] for key in (5, 77) if key in everyone}


def test_a_vector_is_weighed_alike_alone_and_among_all_articles(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build from scratch weighs every article's vector in one step; a rebuild the
    # vectors of an edit's few days: the same floats either way. Few articles sorted at
    # a time, as in a digest of long texts.
    monkeypatch.setattr(storyweights, "_SORTED", 1000)
    articles = sorted((a for a in ARTICLES.values() if stories.has_day(a)), key=lambda a: a.id)
    day = {a.id: stories.article_day(a, config.tz) for a in articles}
    counts = {a.id: stories.article_terms(a) for a in articles}
    korean = {a.id: a.language == "ko" for a in articles}
    everyone = storyweights.weigh(counts, day, list(counts), korean)
    assert len(everyone) == len(articles) and any(v.korean for v in everyone.values())
    assert all(len(v.terms) and len(v.topic) for v in everyone.values())
    assert sum(bool(v.bridge) for v in everyone.values()) > len(articles) / 2
    for key in sorted(counts)[::37]:
        near = {k: c for k, c in counts.items() if abs(day[k] - day[key]) <= 2 * stories.WINDOW_DAYS}
        assert storyweights.weigh(near, day, [key], korean) == {key: everyone[key]}
    # A vector's weights, of unit length, its heaviest terms and its topic words.
    vector = everyone[articles[0].id]
    assert abs(sum(w * w for w in vector.weights) - 1) < 1e-9
    assert abs(sum(w * w for w in vector.topic_weights) - 1) < 1e-9
    assert list(vector.terms) == sorted(vector.terms) and len(vector.terms) <= stories.TOP_TERMS


def test_numpy_is_imported_only_when_stories_are_weighed_or_scored(project: Project) -> None:
    # Without `stories: true` a build loads no numpy; with it, a rebuild whose story
    # terms did not change neither (its cost would be a rebuild's budget).
    script = (
        "import sys, datetime as dt; from pathlib import Path; from digest.config import load_config; "
        "from digest.build import build; "
        f"build(load_config(Path({str(project.config_path)!r})), Path({str(project.output)!r}), "
        f"today=dt.date.fromisoformat({SAMPLE_TODAY.isoformat()!r})); print('numpy' in sys.modules)"
    )

    def numpy_loaded() -> bool:
        run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        return run.stdout.strip().splitlines()[-1] == "True"

    keys = november(20)
    write_site(project, keys)
    without = project.config_path.read_text(encoding="utf-8").replace("stories: true\n", "")
    project.write("config.yaml", without)
    assert not numpy_loaded()
    project.write("config.yaml", without + "stories: true\n")
    assert numpy_loaded()  # the stories found from scratch
    _replace(project.root / f"content/articles/{keys[6]}.md", "---\n", '---\nauthors: ["Kim Ji-ho"]\n')
    assert not numpy_loaded()


def test_story_coverage_and_related_entries_are_described_whole_by_their_repr() -> None:
    # The fingerprints describe these by repr (`fingerprint._REPRESENTED`): only if every
    # field is plain and shown by it does a change of any field change the identity.
    for cls in fingerprint._REPRESENTED:
        for entry in dataclasses.fields(cls):
            assert entry.repr and entry.type in ("str", "int", "bool", "dt.date"), (cls, entry)


def test_the_stories_file_keeps_the_vectors_in_columns_and_refuses_columns_that_disagree(
    config: Config, tmp_path: Path
) -> None:
    memory = Remember()
    found(labelled_site(), config, memory)
    assert memory.kept is not None
    StoryStore(tmp_path, config).keep(memory.kept)
    assert StoryStore(tmp_path, config).recall() == memory.kept
    key, rows = storage.read_all(tmp_path / FILE, 2)  # type: ignore[misc]
    # A handful of long bytes values, not six short ones for each of the 303 articles.
    columns = rows[1]
    assert len(columns) == 9 and sum(type(column) is bytes for column in columns) == 8
    lengths = array("q")
    lengths.frombytes(columns[1])
    lengths[0] += 1  # the first vector one term longer than the columns hold
    damaged = (*columns[:1], lengths.tobytes(), *columns[2:])
    storage.write(tmp_path / FILE, key, (rows[0], damaged, *rows[2:]))
    assert StoryStore(tmp_path, config).recall() is None


def test_an_edit_the_terms_do_not_read_computes_and_writes_no_story_again(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = november()
    write_site(project, keys)
    project.build()
    store = project.root / CACHE_DIR / FILE
    before = store.stat()
    # A byline, which the story terms do not read: the article's digest changes, its terms do not.
    _replace(project.root / f"content/articles/{keys[6]}.md", "---\n", '---\nauthors: ["Kim Ji-ho"]\n')
    weighed: list[object] = []
    weigh = storyweights.weigh
    monkeypatch.setattr(storyweights, "weigh", lambda *a: weighed.append(a) or weigh(*a))
    # Nor does it make any of the vectors the stories file keeps (10,000 of them would
    # cost a rebuild a few hundredths of a second).
    looked_up: list[str] = []
    lookup = stories.VectorColumns.__getitem__
    monkeypatch.setattr(
        stories.VectorColumns, "__getitem__", lambda s, k: looked_up.append(k) or lookup(s, k)
    )
    project.build()
    assert weighed == [] and looked_up == []
    after = store.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert_equals_cold(project, tmp_path)


def test_a_related_entry_listed_under_many_items_is_described_once(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    items, _ = found(labelled_site(), config, None)
    listed = [entry for item in items for entry in item.related]
    distinct = len({id(entry) for entry in listed})
    assert distinct < len(listed)  # an item listed under several others is one object
    alone = [fingerprint.Fingerprints(None, "base").item(item) for item in items]  # type: ignore[arg-type]
    described: list[Related] = []
    represent = Related.__repr__
    monkeypatch.setattr(Related, "__repr__", lambda self: described.append(self) or represent(self))
    prints = fingerprint.Fingerprints(None, "base")  # type: ignore[arg-type]
    assert [prints.item(item) for item in items] == alone
    assert len(described) == distinct
