"""Give the C heap's free pages back to the system, for processes that run for months.

A stream worker allocates and frees fetch buffers, messages and batches by the million. glibc keeps
what is freed in its arenas for reuse, and a worker's resident size crept up by about 20 MB an hour
(7 % in 22 minutes) while its Python heap stayed flat (tracemalloc): freed memory held, not live
objects. ``malloc_trim`` hands the free pages back; called every 10 s, the same worker grew about
1 % in 19 minutes. Where the C library is not glibc there is nothing to call, and nothing happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util

TRIM_EVERY_S = 10.0

_libc_name = ctypes.util.find_library("c")
_malloc_trim = getattr(ctypes.CDLL(_libc_name), "malloc_trim", None) if _libc_name else None


def trim() -> bool:
    """Return the heap's free memory to the system; True if any was."""
    return bool(_malloc_trim(0)) if _malloc_trim is not None else False
