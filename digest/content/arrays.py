"""Small steps over numpy arrays that the story modules share (`content.relatedscore`,
`content.storyweights`); imported only with them."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]


def run_starts(ordered: npt.NDArray[np.generic]) -> Ints:
    """Where each run of equal values of a sorted array starts."""
    if not len(ordered):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))


def distinct(values: npt.NDArray[np.generic]) -> npt.NDArray[np.generic]:
    """The values sorted, each once (np.unique, in a fraction of its time here)."""
    ordered = np.sort(values)
    return ordered[run_starts(ordered)]


def ragged(starts: Ints, lengths: Ints) -> Ints:
    """The positions `start, start + 1, ..., start + length - 1` of each (start, length),
    end to end."""
    ends = np.cumsum(lengths)
    return np.repeat(starts - ends + lengths, lengths) + np.arange(int(ends[-1]) if len(ends) else 0)


def places(groups: Ints) -> Ints:
    """Each element's place in its run of equal `groups` (0 for a run's first)."""
    starts = run_starts(groups)
    return np.arange(len(groups)) - np.repeat(starts, np.diff(np.append(starts, len(groups))))
