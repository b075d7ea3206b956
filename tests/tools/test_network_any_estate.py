"""The network read tools on an estate whose ids and regions look like no other's (no broker)."""

from __future__ import annotations

from nerve.bus import Bus
from nerve.contracts import Actor, Incident, now
from nerve.settings import Settings
from tests.support.operators import every_estate
from tools.base import Caller, ToolContext, ToolStatus
from tools.network import EntityQuery, IncidentQuery, get_entity, list_incidents
from tools.ops_view import OpsView

ESTATE = every_estate()["renamed"]


def context_with(incidents: list[Incident]) -> ToolContext:
    settings = Settings()
    view = OpsView(Bus(settings))  # never started: fed by hand below
    for incident in incidents:
        view._apply(incident, live=False)
    return ToolContext(settings, Bus(settings), ESTATE, Caller(Actor(kind="person", id="tester")), ops=view)


def incident_at(entity: str) -> Incident:
    kind = ESTATE.topology.kind_of[entity]
    return Incident(
        incident_id="inc-1", state="open", root_cause=entity, root_cause_kind=kind, probable_cause="cell_outage",
        perceived_severity="critical", entities=[entity], anomalies=[], opened_at=now(), updated_at=now(),
    )  # fmt: skip


async def test_ids_and_regions_are_read_in_any_letter_case() -> None:
    cell = ESTATE.topology.cells[-1]
    region = ESTATE.topology.site[cell.site].region
    ctx = context_with([incident_at(cell.id)])
    report = await get_entity(ctx, EntityQuery(entity=cell.id.lower()))
    assert report.data is not None and report.data.topology.entity == cell.id
    assert [i.incident_id for i in report.data.incidents] == ["inc-1"]
    found = await list_incidents(ctx, IncidentQuery(region=region.upper()))
    assert found.data is not None and [i.root_cause for i in found.data] == [cell.id]


async def test_an_unknown_region_or_entity_says_what_there_is() -> None:
    ctx = context_with([])
    wrong = await list_incidents(ctx, IncidentQuery(region="metro"))
    assert wrong.status is ToolStatus.invalid
    assert all(r.id in wrong.message for r in ESTATE.topology.regions)
    missing = await get_entity(ctx, EntityQuery(entity="cell-m01-a"))
    assert missing.status is ToolStatus.invalid and ESTATE.topology.cells[0].id in missing.message
    none = await list_incidents(ctx, IncidentQuery())
    assert none.status is ToolStatus.not_found and none.data is None


async def test_without_a_live_view_the_network_tools_are_unavailable() -> None:
    settings = Settings()
    ctx = ToolContext(settings, Bus(settings), ESTATE, Caller(Actor(kind="person", id="tester")))
    cell = ESTATE.topology.cells[0].id
    for result in (await get_entity(ctx, EntityQuery(entity=cell)), await list_incidents(ctx, IncidentQuery())):
        assert result.status is ToolStatus.unavailable and result.failed and not result.succeeded
