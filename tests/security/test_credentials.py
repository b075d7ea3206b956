"""The demo credentials: two approvers, also in a file written before the second existed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from api.credentials import BENCH_APP, Credentials
from nerve.estate import Estate


def test_a_new_file_has_two_approvers(tmp_path: Path, estate: Estate) -> None:
    creds = Credentials.load_or_create(tmp_path, estate)
    approvers = [o.username for o in creds.data.operators if "approver" in o.roles]
    assert approvers == ["approver", "approver2"]
    assert stat.S_IMODE((tmp_path / "credentials.json").stat().st_mode) == 0o600


def test_an_older_demo_file_gains_the_second_approver_and_keeps_its_keys(tmp_path: Path, estate: Estate) -> None:
    path = tmp_path / "credentials.json"
    Credentials.load_or_create(tmp_path, estate)
    old = json.loads(path.read_text())
    old["operators"] = [o for o in old["operators"] if o["username"] != "approver2"]
    path.write_text(json.dumps(old))
    creds = Credentials.load_or_create(tmp_path, estate)
    assert creds.operator("approver2", creds.demo_passwords()["approver2"]) is not None
    assert [k.key for k in creds.data.keys] == [k["key"] for k in old["keys"]]
    assert json.loads(path.read_text())["operators"][-1]["username"] == "approver2"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_file_without_demo_passwords_is_given_no_account(tmp_path: Path, estate: Estate) -> None:
    path = tmp_path / "credentials.json"
    Credentials.load_or_create(tmp_path, estate)
    mine = json.loads(path.read_text())
    mine["operators"] = [{**o, "demo_password": None} for o in mine["operators"] if o["username"] == "approver"]
    path.write_text(json.dumps(mine))
    creds = Credentials.load_or_create(tmp_path, estate)
    assert [o.username for o in creds.data.operators] == ["approver"]


def test_no_bench_key_unless_a_bench_asks_for_one(tmp_path: Path, estate: Estate) -> None:
    creds = Credentials.load_or_create(tmp_path, estate)
    assert creds.app_key(BENCH_APP) is None, "an ordinary install holds no key that acts for everyone"
    key = creds.bench_key(estate)
    reread = Credentials.load_or_create(tmp_path, estate)
    assert reread.app_key(BENCH_APP) == key and creds.bench_key(estate) == key  # made once, kept
    bench = reread.by_key(key)
    assert bench is not None and bench.subscribers == frozenset(s.id for s in estate.subscribers)
    assert stat.S_IMODE((tmp_path / "credentials.json").stat().st_mode) == 0o600
