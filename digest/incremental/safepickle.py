"""Pickles of plain data: loading one can build digest's data objects, never run code.

`pickle.load` calls whatever a file names (`os.system`, `builtins.eval`, ...), so a file
planted in `.digest-cache/` would run when the next build read it. These pickles name
only a few callables, and `Unpickler.find_class` refuses every other name (`Refused`):

- the immutable date and time types of `datetime` (`date`, `datetime`, `timedelta`,
  `timezone`) and `zoneinfo.ZoneInfo`, called with a time zone key (its documented
  constructor; `ZoneInfo` pickles itself through `getattr`, which is refused, so the
  writer reduces it to `ZoneInfo(key)`). These are C types whose attributes cannot be
  set, so a BUILD instruction aimed at them fails;
- `pytz_zone`, a new function for each load, which gives back one of pytz's own time
  zones (dateparser's dates carry them) by name and offsets, looking it up in pytz's
  database without adding to it (as pytz's own unpickler would for an unknown offset);
- `rebuild`, a new function for each load, which makes an instance of one of the
  dataclasses the caller allows (`types`) from its field values, in field order: the
  classes themselves are never named, so nothing in the file can reach them (a BUILD
  aimed at a class sets class attributes). A `Path` field is stored as its text and made
  a `Path` again, reusing the caller's own Path objects (`paths`, the build's file
  listing: parsing 10,000 paths again took 0.13 s) without ever handing one to the file,
  which could otherwise change it in place with BUILD.

Loading costs a little more than plain pickling: a call of `rebuild` per object where
the C unpickler would run NEWOBJ and BUILD (the 42,000 objects of 10,000 articles and
their notes: 177 ms of CPU, 153 ms with plain pickle). For many small objects of one
class, `rows` and `from_rows` keep plain tuples and make the objects with no Python call
each (the output trees' 24,000 records and their group records). Whatever a file makes is data: a damaged or
hostile file can make wrong values, never run code; the callers check the shape of what
they get (containers and classes, not the type of every field).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import io
import itertools
import operator
import pickle
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePath
from typing import IO, Any
from zoneinfo import ZoneInfo

_PROTOCOL = pickle.HIGHEST_PROTOCOL
_STDLIB: dict[tuple[str, str], type] = {
    ("datetime", "date"): dt.date,
    ("datetime", "datetime"): dt.datetime,
    ("datetime", "timedelta"): dt.timedelta,
    ("datetime", "timezone"): dt.timezone,
    ("zoneinfo", "ZoneInfo"): ZoneInfo,
}
_NAMED = frozenset(_STDLIB.values())
_DEFAULT_REDUCED = (dt.date, dt.datetime, dt.timedelta, dt.timezone)


class Refused(pickle.UnpicklingError):
    """The file names something other than plain data: a callable outside the allow-list,
    or a class that this version of digest pickles differently."""

    def __init__(self, reason: str, foreign: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.foreign = foreign  # True: a hostile or unknown name; False: digest's own, stale


def rebuild(*_: object) -> object:
    """What the files name to make a dataclass; each load answers with its own function
    (`_Unpickler.find_class`). Never called itself."""
    raise pickle.UnpicklingError("digest.incremental.safepickle.rebuild called outside a load")


@dataclasses.dataclass(frozen=True)
class _Shape:
    """How one allowed dataclass is stored: its field values, in order, then the values of
    its cached properties that were computed (`Note.digest`), by name."""

    cls: type
    fields: tuple[str, ...]
    paths: frozenset[int]  # the indexes of fields holding a Path
    optional: frozenset[int]  # those of them that may hold None instead (`Path | None`)
    cached: frozenset[str]


def _tag(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


# How a dataclass field holding a Path is annotated (a string under postponed annotations).
_PATH_TYPES = ("Path", Path, "Path | None")


@functools.cache
def _shape(cls: type) -> _Shape:
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"{_tag(cls)} is not a dataclass")
    fields = dataclasses.fields(cls)
    cached = frozenset(
        name for name, value in vars(cls).items() if isinstance(value, functools.cached_property)
    )
    paths = frozenset(i for i, field in enumerate(fields) if field.type in _PATH_TYPES)
    optional = frozenset(i for i in paths if fields[i].type == "Path | None")
    return _Shape(cls, tuple(field.name for field in fields), paths, optional, cached)


class _Pickler(pickle.Pickler):
    def __init__(self, file: IO[bytes], types: Iterable[type]) -> None:
        super().__init__(file, protocol=_PROTOCOL)
        self.shapes = {cls: _shape(cls) for cls in types}

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        shape = self.shapes.get(kind)
        if shape is not None:
            state = obj.__dict__
            values = [state[name] for name in shape.fields]
            for index in shape.paths:
                if values[index] is None and index in shape.optional:
                    continue
                if not isinstance(values[index], PurePath):
                    raise pickle.PicklingError(f"{_tag(kind)}.{shape.fields[index]}: not a path")
                values[index] = str(values[index])
            cached = {name: state[name] for name in shape.cached if name in state}
            # Without cached values, no third argument: an empty dict for each of 24,000
            # objects made loading take twice as long.
            return rebuild, (_tag(kind), tuple(values), cached) if cached else (_tag(kind), tuple(values))
        if kind is ZoneInfo:
            if obj.key is None:
                raise pickle.PicklingError("a time zone without a key")
            return ZoneInfo, (obj.key,)
        if kind.__module__.startswith("pytz"):
            return pytz_zone, _pytz_args(obj)
        if kind in _DEFAULT_REDUCED or obj is rebuild or obj is pytz_zone or obj in _NAMED:
            return NotImplemented  # the default: by its state, or by name
        raise pickle.PicklingError(f"{kind.__module__}.{kind.__qualname__} is not plain data")


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], types: Iterable[type], paths: Mapping[str, Path]) -> None:
        super().__init__(file)
        self.shapes = {_tag(cls): _shape(cls) for cls in types}
        self.paths = paths

    def find_class(self, module: str, name: str) -> Any:
        found = _STDLIB.get((module, name))
        if found is not None:
            return found
        if (module, name) == (__name__, "rebuild"):
            return _rebuilder(self.shapes, self.paths)
        if (module, name) == (__name__, "pytz_zone"):
            return _pytz_finder()
        # Never called: one of digest's own names is what another version of digest
        # wrote (it named its dataclasses); anything else is hostile or foreign.
        raise Refused(f"holds a reference to {module}.{name}", foreign=not _ours(module))

    def persistent_load(self, pid: Any) -> Any:
        raise Refused("holds a persistent reference", foreign=True)


def pytz_zone(*_: object) -> object:
    """What the files name to make one of pytz's time zones (`_pytz_finder`)."""
    raise pickle.UnpicklingError("digest.incremental.safepickle.pytz_zone called outside a load")


def _pytz_args(zone: dt.tzinfo) -> tuple[object, ...]:
    """pytz's own pickle of a zone (`pytz._UTC()`, `pytz._p(name, ...)`,
    `pytz.FixedOffset(minutes)`), as arguments of `pytz_zone`."""
    function, args = zone.__reduce__()  # type: ignore[misc]
    kind = {"_UTC": "utc", "_p": "zone", "FixedOffset": "fixed"}.get(getattr(function, "__name__", ""))
    if kind is None:
        raise pickle.PicklingError(f"{type(zone).__module__}.{type(zone).__qualname__} is not plain data")
    return (kind, *args)


def _pytz_finder() -> Callable[..., dt.tzinfo]:
    def pytz_zone(kind: object, *args: object) -> dt.tzinfo:
        import pytz  # dateparser's: there whenever a file names it

        match (kind, args):
            case ("utc", ()):
                return pytz.utc
            case ("fixed", (int(minutes),)) if -1440 < minutes < 1440:
                return pytz.FixedOffset(minutes)
            case ("zone", (str(name),)):
                return pytz.timezone(name)  # a name of its database, or UnknownTimeZoneError
            case ("zone", (str(name), int(offset), int(dst), str(abbreviation))):
                key = (dt.timedelta(seconds=offset), dt.timedelta(seconds=dst), abbreviation)
                found = getattr(pytz.timezone(name), "_tzinfos", {}).get(key)
                if found is not None:
                    return found  # type: ignore[no-any-return]
        raise Refused(f"asks for a time zone pytz does not have: {kind!r} {args!r}", foreign=False)

    return pytz_zone


def _ours(name: str) -> bool:
    return name == "digest" or name.startswith("digest.")


def _rebuilder(shapes: Mapping[str, _Shape], paths: Mapping[str, Path]) -> Callable[..., object]:
    """A function of this load alone: a BUILD aimed at it changes nothing anyone else uses.
    It runs once per object (40,000 at 10,000 articles), hence the plain tuples."""
    new = object.__new__
    plans = {
        tag: (shape.cls, shape.fields, len(shape.fields), shape.paths, shape.optional, shape.cached)
        for tag, shape in shapes.items()
    }

    def rebuild(tag: object, values: object, cached: object = None) -> object:
        try:
            cls, fields, count, path_fields, optional, cacheable = plans[tag]  # type: ignore[index]
        except (KeyError, TypeError):
            raise Refused(f"asks for an object of {tag!r}", foreign=not _ours(str(tag))) from None
        if type(values) is not tuple or len(values) != count:
            raise Refused(f"holds a {tag} of another shape", foreign=False)
        if path_fields:
            values = list(values)
            for index in path_fields:
                text = values[index]
                if text is None and index in optional:
                    continue
                if type(text) is not str:
                    raise Refused(f"holds a {tag} of another shape", foreign=False)
                values[index] = paths.get(text) or Path(text)
        obj = new(cls)
        state = obj.__dict__
        state.update(zip(fields, values, strict=False))  # as many: checked above
        if cached is not None:
            if type(cached) is not dict or not cached.keys() <= cacheable:
                raise Refused(f"holds a {tag} of another shape", foreign=False)
            state.update(cached)
        return obj

    return rebuild


def dump(value: object, file: IO[bytes], types: Iterable[type] = ()) -> None:
    """Pickle `value`, which may hold instances of the dataclasses `types` (exactly those:
    not subclasses), the date and time types and plain Python data. Anything else raises
    pickle.PicklingError: what cannot be loaded is never written."""
    _Pickler(file, types).dump(value)


def dumps(value: object, types: Iterable[type] = ()) -> bytes:
    out = io.BytesIO()
    dump(value, out, types)
    return out.getvalue()


def load(file: IO[bytes], types: Iterable[type] = (), paths: Mapping[str, Path] | None = None) -> Any:
    """The next pickle in `file`, made of plain data and instances of `types`; a Path
    field's value is taken from `paths` when it is there. Raises Refused for a file that
    names anything else, and what `pickle.load` raises for a damaged one."""
    return _Unpickler(file, types, paths or {}).load()


def loads(data: bytes, types: Iterable[type] = (), paths: Mapping[str, Path] | None = None) -> Any:
    return load(io.BytesIO(data), types, paths)


def field_names(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass, in the order `rows` gives their values."""
    return _shape(cls).fields


def rows(objects: Iterable[object], cls: type) -> list[tuple[object, ...]]:
    """The field values of many objects of one dataclass, as plain tuples (`from_rows`)."""
    return list(map(operator.attrgetter(*_shape(cls).fields), objects))


def from_rows(cls: type, table: object) -> list[Any]:
    """Objects of the dataclass `cls` made from `rows`, without a Python call per object:
    the output trees hold 24,000 records at 10,000 articles, and a call of `rebuild` for
    each added 40 ms (an eighth) to a build with nothing to do. `table` comes from a
    file: anything but a list of tuples of the right length raises Refused."""
    fields = _shape(cls).fields
    if (
        type(table) is not list
        or not set(map(type, table)) <= {tuple}
        or not set(map(len, table)) <= {len(fields)}
    ):
        raise Refused(f"holds a table of {_tag(cls)} of another shape", foreign=False)
    made = list(map(object.__new__, itertools.repeat(cls, len(table))))
    states = map(dict, map(zip, itertools.repeat(fields), table))
    collections.deque(map(object.__setattr__, made, itertools.repeat("__dict__"), states), maxlen=0)
    return made
