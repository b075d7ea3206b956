"""Where the operators' estates are, for tests that must hold for every one of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from nerve.settings import REPO_ROOT

# The steering repository's shared folder (the dev sets and Lumen): NERVE_SHARED_DIR when set (CI
# sets it, wherever the clone sits), else the nearest folder named "shared" beside this checkout or
# beside a folder above it (a worktree sits deeper than the main checkout). The tests that need it
# fail when it is nowhere, they never skip.
SHARED = (
    Path(os.environ["NERVE_SHARED_DIR"])
    if os.environ.get("NERVE_SHARED_DIR")
    else next(
        (p / "shared" for p in REPO_ROOT.parents if (p / "shared" / "evals").is_dir()),
        REPO_ROOT.parent / "shared",
    )
)

# name -> the folders it may be in, first found wins: lumen lives in the shared folder, fjord and
# sakura inside this repository with their eval data.
ESTATES: dict[str, tuple[Path, ...]] = {
    "reference": (REPO_ROOT / "estate",),
    "lumen": (REPO_ROOT / "evals" / "estates" / "lumen", SHARED / "estates" / "lumen"),
    "fjord": (REPO_ROOT / "evals" / "estates" / "fjord",),
    "sakura": (REPO_ROOT / "evals" / "estates" / "sakura",),
}


def estate_dir(name: str) -> Path | None:
    return next((p for p in ESTATES[name] if (p / "catalog.yaml").exists()), None)


def estate_params() -> list[object]:
    """One pytest param per estate; one that is not on this machine is skipped, by name."""
    params: list[object] = []
    for name in ESTATES:
        found = estate_dir(name)
        marks = [] if found else [pytest.mark.skip(reason=f"the {name} estate is not on this machine")]
        params.append(pytest.param(found or Path(), id=name, marks=marks))
    return params
