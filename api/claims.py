"""One answer at a time per intent: confirm and cancel racing on the same intent.

The intent service resumes a waiting intent with whatever answer it is given; two answers at once
(confirm from one tab, cancel from another) would both resume it. Every answer goes through this
API process, so the first one claims the intent here and any other while it runs is a 409.
The check and the claim happen with no ``await`` between them, so they are atomic on the loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from api.problems import Problem


class Claims:
    def __init__(self) -> None:
        self._held: set[str] = set()

    @contextmanager
    def claim(self, key: str) -> Iterator[None]:
        """Hold ``key`` for the block; a Problem (409) if someone else holds it."""
        if key in self._held:
            raise Problem("conflict", f"{key} is being answered by another request; read it again in a moment")
        self._held.add(key)
        try:
            yield
        finally:
            self._held.discard(key)
