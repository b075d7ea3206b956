"""The migration table: read from the estate, decided per region and offer kind, picked up live."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from nerve import topics as t
from nerve.contracts import ActivationPayload, BillingPayload
from nerve.errors import EstateError
from nerve.estate import Estate
from nerve.migration import command_topic, migration_now, route
from tests.support.estates import estate_params


def copy_of(estate_path: Path, into: Path) -> Path:
    shutil.copytree(estate_path, into, ignore=shutil.ignore_patterns("*.jsonl", "billing", "fraud", "scenarios"))
    (into / "migration.yaml").unlink(missing_ok=True)
    return into


def rewrite(path: Path, text: str) -> None:
    path.write_text(text)
    st = path.stat()  # a later mtime even within the filesystem's timestamp granularity
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize("estate_path", estate_params())
def test_activations_follow_the_table_live_and_a_broken_edit_keeps_the_last_good_one(
    estate_path: Path, tmp_path: Path
) -> None:
    root = copy_of(estate_path, tmp_path / "estate")
    estate = Estate.load(root)
    region = estate.topology.regions[0].id
    sub = next(s for s in estate.subscribers if s.region == region)
    other = next((s for s in estate.subscribers if s.region != region), None)
    offer = next(o for o in estate.catalog.offers if o.fulfilment.network and o.kind != "plan")

    def topic_for(subscriber: str) -> t.Topic:
        payload = ActivationPayload(subscriber=subscriber, offer=offer.id, network=dict(offer.fulfilment.network or {}))
        return command_topic(estate, "activation.activate", payload)

    assert topic_for(sub.id) is t.ACTIVATION_COMMANDS  # no file: Nerve serves everything
    rewrite(root / "migration.yaml", f"activation:\n  rules:\n    - {{region: {region}, side: legacy}}\n")
    assert migration_now(estate).uses_legacy()
    assert topic_for(sub.id) is t.LEGACY_ACTIVATION_COMMANDS
    if other is not None:
        assert topic_for(other.id) is t.ACTIVATION_COMMANDS
    price, currency = offer.price, estate.catalog.operator.currency
    billing = BillingPayload(
        subscriber=sub.id, offer=offer.id, amount=price.amount, currency=currency, period=price.period
    )
    assert command_topic(estate, "billing.start", billing) is t.BILLING_COMMANDS  # only activation is routed
    rewrite(root / "migration.yaml", "activation:\n  rules:\n    - {region: [not, a, region], side: legacy}\n")
    assert topic_for(sub.id) is t.LEGACY_ACTIVATION_COMMANDS  # the last good table stays in force
    by_kind = f"activation:\n  default: legacy\n  rules:\n    - {{offer_kind: {offer.kind}, side: nerve}}\n"
    rewrite(root / "migration.yaml", by_kind)
    assert topic_for(sub.id) is t.ACTIVATION_COMMANDS  # the first matching rule decides


def test_a_rule_naming_an_unknown_region_is_an_estate_error(tmp_path: Path) -> None:
    from nerve.settings import REPO_ROOT

    root = copy_of(REPO_ROOT / "estate", tmp_path / "estate")
    (root / "migration.yaml").write_text("activation:\n  rules:\n    - {region: atlantis, side: legacy}\n")
    with pytest.raises(EstateError, match="atlantis"):
        Estate.load(root)


@pytest.mark.parametrize("estate_path", estate_params())
def test_route_edits_the_table_that_running_readers_pick_up_and_routing_back_leaves_no_rule(
    estate_path: Path, tmp_path: Path
) -> None:
    root = copy_of(estate_path, tmp_path / "estate")
    estate = Estate.load(root)
    region = estate.topology.regions[-1].id
    sub = next(s for s in estate.subscribers if s.region == region)
    offer = next(o for o in estate.catalog.offers if o.fulfilment.network and o.kind != "plan")
    payload = ActivationPayload(subscriber=sub.id, offer=offer.id, network=dict(offer.fulfilment.network or {}))

    assert command_topic(estate, "activation.activate", payload) is t.ACTIVATION_COMMANDS
    route(estate, "activation", region, "legacy")
    assert command_topic(estate, "activation.activate", payload) is t.LEGACY_ACTIVATION_COMMANDS
    route(estate, "activation", offer.kind, "nerve")  # the newest rule goes first, and decides
    assert command_topic(estate, "activation.activate", payload) is t.ACTIVATION_COMMANDS
    route(estate, "activation", region, "nerve")
    assert Estate.load(root).migration.activation.rules == []  # nothing routed away from the default
    with pytest.raises(EstateError, match="neither a region"):
        route(estate, "activation", "not-a-region", "legacy")
