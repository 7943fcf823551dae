"""Sinks: where a plan's outputs are materialized, each keeping what it can.

Every sink holds files made by earlier builds, each with the record of what it was made
from (`Made`), and the record of each group of outputs (`GroupRecord`: the key of the
values the group was made from, and its routes). `Sink.make` is the one reuse loop of
digest, in two steps. A group whose key (`Fingerprints.group_key`, derived from its
inputs) and whose reads of the whole site are as recorded is kept whole, without being
planned: after one edit, that is every group but the few that show it. The others are
planned, and each output whose identity (`Fingerprints.of`) matches its file's record
(`Made.matches`) is kept; only the rest are produced. The sinks are:

- the output tree on disk (`tree.TreeSync`): staged, then swapped in atomically; with the
  cache folder it keeps a spare tree to update, without (`--no-cache`) it starts empty;
- memory (`MemorySink`, for `digest serve`): the files of the last build in memory;
- a dry run (`DryRunSink`, for `digest check`): renders what the last build did not, so
  template errors surface, and keeps nothing.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from digest.errors import DigestError
from digest.incremental.fingerprint import Fingerprints, Made
from digest.render.outputs import Output, Page
from digest.routes import checked_route

# What producing an output read of the whole site (`render.reads.SiteReads`), asked right
# after it was produced.
Reads = Callable[[], tuple[str, ...]]
# Whether a produced file belongs in the search index.
Searchable = Callable[[bytes], bool]

if TYPE_CHECKING:  # the plan imports Jinja, which the command line loads late
    from digest.render.plan import Group


# Set (tests set it) to check, each time a group is kept whole, that planning it would
# give the outputs it holds: a group whose `make` used a value missing from its inputs
# would be caught.
VERIFY = "DIGEST_VERIFY_GROUPS"


@dataclass(frozen=True)
class GroupRecord:
    """What a group was made from, and what it made."""

    key: str
    fields: tuple[str, ...]  # the site's fields its outputs read
    fields_key: str
    routes: tuple[str, ...]
    pages: tuple[tuple[str, Page], ...]  # (route, page) of the outputs that are pages

    def matches(self, key: str, prints: Fingerprints) -> bool:
        if self.key != key:
            return False
        return not self.fields or prints.fields(self.fields) == self.fields_key


def reads_nothing() -> tuple[str, ...]:
    return ()


def never(_: bytes) -> bool:
    return False


class Sink(ABC):
    """Holds a site's files: `make` groups of outputs, then `finish`."""

    def __init__(self, previous_groups: Mapping[str, GroupRecord] | None = None) -> None:
        self.records: dict[str, Made] = {}  # every route made or kept: what its file was made from
        self.groups: dict[str, GroupRecord] = {}  # every group made or kept
        self.previous_groups = previous_groups or {}  # the last build's, in this sink
        self.produced = 0  # outputs produced by this sink

    def make(
        self,
        group: Group,
        prints: Fingerprints,
        reads: Reads = reads_nothing,
        searchable: Searchable = never,
        rendered: bool = True,
    ) -> GroupRecord:
        """Make the sink hold a group's outputs: kept whole when it was made from the
        same values (and read the same of the site), else planned, keeping each output
        made from the same inputs."""
        return self.make_many([group], prints, reads, searchable, rendered)[0]

    def make_many(
        self,
        groups: Sequence[Group],
        prints: Fingerprints,
        reads: Reads = reads_nothing,
        searchable: Searchable = never,
        rendered: bool = True,
    ) -> list[GroupRecord]:
        """`make` for each group, with the outputs of them all that must be produced
        produced in one batch: a group holds a page or a few, and a batch of one group is
        too small to be worth a pool of workers (`produce`), where the 10,000 article
        pages of a cold build are. Outputs that are not `rendered` but only read (the
        search index's stored files) are never worth sending to other processes."""
        made: dict[str, GroupRecord] = {}
        planned: list[tuple[Group, str, Sequence[Output]]] = []
        missing: list[tuple[Output, str]] = []
        claimed: set[str] = set()
        try:
            for group in groups:
                key = prints.group_key(group)
                old = self.previous_groups.get(group.name)
                if self.unchanged(group, prints) and old is not None and self.keep(old.routes):
                    self.groups[group.name] = made[group.name] = old
                    if os.environ.get(VERIFY):
                        self._verify(group, old, prints)
                    continue
                outputs = group.make()
                self._claim(outputs, prints, claimed, missing)
                planned.append((group, key, outputs))
            self.produce(missing, prints, reads, searchable, rendered)
        except BaseException:
            self.abandon()
            raise
        self.produced += len(missing)
        for group, key, outputs in planned:
            fields = tuple(sorted({name for output in outputs for name in self.records[output.route].fields}))
            self.groups[group.name] = made[group.name] = GroupRecord(
                key,
                fields,
                prints.fields(fields) if fields else "",
                tuple(output.route for output in outputs),
                tuple((output.route, output.page) for output in outputs if output.page is not None),
            )
        return [made[group.name] for group in groups]

    def unchanged(self, group: Group, prints: Fingerprints) -> bool:
        """Whether the last build made this group from the same values (and reads)."""
        old = self.previous_groups.get(group.name)
        return old is not None and old.matches(prints.group_key(group), prints)

    def _verify(self, group: Group, kept: GroupRecord, prints: Fingerprints) -> None:
        outputs = group.make()
        found = {output.route: prints.of(output) for output in outputs}
        recorded = {route: self.records[route].identity for route in kept.routes}
        if found != recorded:
            raise AssertionError(
                f"group {group.name} was kept, but its outputs changed: its inputs miss a value"
            )

    @abstractmethod
    def keep(self, routes: Iterable[str]) -> bool:
        """Keep the files this sink holds for these routes as the last build recorded
        them, recording each in `records`: all of them, or none (False)."""

    def _claim(
        self,
        outputs: Sequence[Output],
        prints: Fingerprints,
        claimed: set[str],
        missing: list[tuple[Output, str]],
    ) -> None:
        """Claim each output's file (two outputs may not want one), keep the file the
        sink holds for it when it was made from the same inputs, and add the others, with
        their identities, to `missing`."""
        for output in outputs:
            route = checked_route(output.route)
            if route in self.records or route in claimed:
                raise DigestError(f"two outputs want the same file {route!r}")
            claimed.add(route)
            identity = prints.of(output)
            if not self.take(output, identity, prints):
                missing.append((output, identity))

    @abstractmethod
    def take(self, output: Output, identity: str, prints: Fingerprints) -> bool:
        """Keep the file this sink holds for the output if it was made from the same
        inputs (`Made.matches`), recording it in `records`; False if there is none."""

    @abstractmethod
    def produce(
        self,
        missing: Sequence[tuple[Output, str]],
        prints: Fingerprints,
        reads: Reads,
        searchable: Searchable,
        rendered: bool,
    ) -> None:
        """Produce these outputs (with their identities) and record each."""

    @abstractmethod
    def read(self, route: str) -> bytes:
        """The current bytes of a route made or kept."""

    def copy_ahead(self) -> None:  # noqa: B027 - most sinks have nothing to do here
        """Called when the sink holds all but the last few outputs (the output tree uses
        it to start copying a spare tree); nothing by default."""

    def abandon(self) -> None:  # noqa: B027 - most sinks have nothing to do here
        """After a failure: whatever the sink staged goes."""

    def pause(self) -> None:
        """The build stops for the next one (`build.Hurried`): whatever the sink staged
        that the next build can go on from stays; by default, nothing does."""
        self.abandon()


def made_here(
    output: Output, identity: str, prints: Fingerprints, reads: Reads, searchable: Searchable
) -> tuple[Made, bytes]:
    """Produce an output in this process, with its record."""
    data = output.produce()
    made = prints.made(identity, reads(), searchable(data))
    return made, data


class MemorySink(Sink):
    """The site in memory (`digest serve`): from one build to the next, only the files
    whose identity changed are produced again."""

    def __init__(self, previous: MemorySink | None = None) -> None:
        super().__init__(previous.groups if previous is not None else None)
        self.previous = previous.files if previous is not None else {}
        self.files: dict[str, tuple[Made, bytes]] = {}

    def keep(self, routes: Iterable[str]) -> bool:
        kept = [(route, self.previous.get(route)) for route in routes]
        if any(file is None for _, file in kept):
            return False
        for route, file in kept:
            assert file is not None
            self.files[route] = file
            self.records[route] = file[0]
        return True

    def take(self, output: Output, identity: str, prints: Fingerprints) -> bool:
        old = self.previous.get(output.route)
        if old is None or not old[0].matches(identity, prints):
            return False
        self.files[output.route] = old
        self.records[output.route] = old[0]
        return True

    def produce(
        self,
        missing: Sequence[tuple[Output, str]],
        prints: Fingerprints,
        reads: Reads,
        searchable: Searchable,
        rendered: bool,
    ) -> None:
        for output, identity in missing:
            made, data = made_here(output, identity, prints, reads, searchable)
            self.files[output.route] = (made, data)
            self.records[output.route] = made

    def read(self, route: str) -> bytes:
        return self.files[route][1]


class DryRunSink(Sink):
    """Renders, and keeps nothing (`digest check`): the outputs the last build into the
    output folder made from the same inputs rendered then, so they are skipped."""

    def __init__(self, live: Mapping[str, Made], groups: Mapping[str, GroupRecord] | None = None) -> None:
        super().__init__(groups)
        self.live = live

    def keep(self, routes: Iterable[str]) -> bool:
        kept = [(route, self.live.get(route)) for route in routes]
        if any(record is None for _, record in kept):
            return False
        self.records.update((route, record) for route, record in kept if record is not None)
        return True

    def take(self, output: Output, identity: str, prints: Fingerprints) -> bool:
        record = self.live.get(output.route)
        if record is None or not record.matches(identity, prints):
            return False
        self.records[output.route] = record
        return True

    def produce(
        self,
        missing: Sequence[tuple[Output, str]],
        prints: Fingerprints,
        reads: Reads,
        searchable: Searchable,
        rendered: bool,
    ) -> None:
        for output, identity in missing:
            self.records[output.route] = made_here(output, identity, prints, reads, searchable)[0]

    def read(self, route: str) -> bytes:
        raise NotImplementedError("a dry run keeps no bytes")
