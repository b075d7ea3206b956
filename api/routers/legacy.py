"""The legacy bridge as the NOC sees it: what is routed to the legacy side, and how far the capture
of the legacy database into Kafka is behind."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter

from api.deps import StateDep, ViewerDep
from api.problems import problem_responses
from api.schemas import LegacyBridgePublic
from legacy.lag import capture_lag
from nerve.migration import migration_now

router = APIRouter(prefix="/api", tags=["NOC: legacy bridge"])


@router.get("/legacy", response_model=LegacyBridgePublic, responses=problem_responses(401, 403, 429))
async def legacy_bridge(_: ViewerDep, state: StateDep) -> LegacyBridgePublic:
    """The routing table's legacy rules now, and the connector's state and lag when the bridge runs."""
    table = migration_now(state.estate)
    routed: list[str] = []
    for capability, routing in (
        ("activation", table.activation),
        ("ticketing", table.ticketing),
        ("inventory", table.inventory),
    ):
        routed += [f"{capability}: {r.region or r.offer_kind or 'all'}" for r in routing.rules if r.side == "legacy"]
        if routing.default == "legacy":
            routed.append(f"{capability}: everything else")
    runs = state.settings.legacy_bridge and (state.estate.root / "migration.yaml").exists()
    capture = await asyncio.to_thread(capture_lag, state.settings) if runs else None
    return LegacyBridgePublic(runs=runs, routed=routed, capture=capture)
