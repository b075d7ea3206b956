"""Every setting is in the operations page's table, as the environment variable a user sets."""

from __future__ import annotations

import re

from nerve.settings import REPO_ROOT, Settings


def test_every_nerve_setting_is_in_the_operations_table() -> None:
    page = (REPO_ROOT / "docs" / "operations.md").read_text()
    table = "\n".join(line for line in page.splitlines() if line.startswith("| `NERVE_"))
    named = set(re.findall(r"`(NERVE_[A-Z0-9_]+)", table))
    # The nested stream section is one row, NERVE_STREAMS__*.
    wanted = {f"NERVE_{name.upper()}" + ("__" if name == "streams" else "") for name in Settings.model_fields}
    missing = sorted(wanted - named)
    assert not missing, f"settings missing from docs/operations.md's table: {missing}"
