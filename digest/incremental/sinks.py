"""Sinks: where a plan's outputs are materialized, each keeping what it can.

Every sink holds files made by earlier builds, each with the record of what it was made
from (`Made`). `Sink.sync` is the one reuse loop of digest: for each output, its
identity is derived (`Fingerprints.of`), the sink keeps a file whose record matches it
(`Made.matches`, the one reuse rule), and only the rest are produced. The sinks are:

- the output tree on disk (`tree.TreeSync`): staged, then swapped in atomically; with the
  cache folder it keeps a spare tree to update, without (`--no-cache`) it starts empty;
- memory (`MemorySink`, for `digest serve`): the files of the last build in memory;
- a dry run (`DryRunSink`, for `digest check`): renders what the last build did not, so
  template errors surface, and keeps nothing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence

from digest.errors import DigestError
from digest.incremental.fingerprint import Fingerprints, Made
from digest.render.outputs import Output
from digest.routes import checked_route

# What producing an output read of the whole site (`render.pages.SiteReads`), asked right
# after it was produced.
Reads = Callable[[], tuple[str, ...]]
# Whether a produced file belongs in the search index.
Searchable = Callable[[bytes], bool]


def reads_nothing() -> tuple[str, ...]:
    return ()


def never(_: bytes) -> bool:
    return False


class Sink(ABC):
    """Holds a site's files: `sync` batches of outputs, then `finish`."""

    def __init__(self) -> None:
        self.records: dict[str, Made] = {}  # every synced route: what its file was made from
        self.produced = 0  # outputs produced by this sink's syncs

    def sync(
        self,
        outputs: Sequence[Output],
        prints: Fingerprints,
        reads: Reads = reads_nothing,
        searchable: Searchable = never,
        rendered: bool = True,
    ) -> None:
        """Make the sink hold these outputs, producing only those it holds no file for
        that was made from the same inputs. Outputs that are not `rendered` but only read
        (the search index's stored files) are never worth sending to other processes."""
        missing: list[tuple[Output, str]] = []
        claimed: set[str] = set()
        try:
            for output in outputs:
                route = checked_route(output.route)
                if route in self.records or route in claimed:
                    raise DigestError(f"two outputs want the same file {route!r}")
                claimed.add(route)
                identity = prints.of(output)
                if not self.take(output, identity, prints):
                    missing.append((output, identity))
            self.produce(missing, prints, reads, searchable, rendered)
        except BaseException:
            self.abandon()
            raise
        self.produced += len(missing)

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
        """The current bytes of a synced route."""

    def copy_ahead(self) -> None:  # noqa: B027 - most sinks have nothing to do here
        """Called when the sink holds all but the last few outputs (the output tree uses
        it to start copying a spare tree); nothing by default."""

    def abandon(self) -> None:  # noqa: B027 - most sinks have nothing to do here
        """After a failure: whatever the sink staged goes."""


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

    def __init__(self, previous: Mapping[str, tuple[Made, bytes]] | None = None) -> None:
        super().__init__()
        self.previous = previous or {}
        self.files: dict[str, tuple[Made, bytes]] = {}

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

    def __init__(self, live: Mapping[str, Made]) -> None:
        super().__init__()
        self.live = live

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
