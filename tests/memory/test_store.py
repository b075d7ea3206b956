"""Memory on a real on-disk Chroma with the offline embedding model."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from memory.embeddings import get_model
from memory.records import ConversationRecord, IncidentRecord
from memory.store import Memory
from nerve.errors import ToolError
from nerve.estate import load_yaml
from nerve.settings import REPO_ROOT, Settings


def _faults() -> dict[str, dict[str, object]]:
    data = load_yaml((REPO_ROOT / "estate" / "faults.yaml").read_text())
    return dict(data["faults"]), dict(data["actions"])  # type: ignore[return-value]


FAULTS, ACTIONS = _faults()


@pytest.fixture(scope="module")
async def memory(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Memory]:
    m = Memory(Settings(home=tmp_path_factory.mktemp("home")))
    await m.start()
    yield m


def test_embeddings_are_semantic() -> None:
    v = get_model().encode(["cell is down", "cell outage availability zero", "billing refund"])
    assert v.shape == (3, 384)
    assert abs(float(v[0] @ v[0]) - 1.0) < 1e-4
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.3


def test_every_fault_and_action_has_a_runbook(memory: Memory) -> None:
    for kind in FAULTS:
        rb = memory.runbook_for_fault(kind)
        assert rb.kind == "fault" and rb.fault == kind
        assert rb.symptoms and rb.section("Checks") and rb.section("Actions") and rb.section("Verify recovery")
        fixed_by = FAULTS[kind]["fixed_by"]
        assert isinstance(fixed_by, list)
        assert rb.actions == fixed_by, kind
    for action, spec in ACTIONS.items():
        rb = memory.runbook_for_action(action)
        assert isinstance(spec, dict)
        assert rb.action == action and rb.risk == spec["risk"]
        for fault in rb.fixes:
            assert action in FAULTS[fault]["fixed_by"]  # type: ignore[operator]
    with pytest.raises(ToolError):
        memory.runbook_for_fault("alien_invasion")


@pytest.mark.parametrize("kind", list(FAULTS))
async def test_fault_symptoms_retrieve_their_runbook_first(memory: Memory, kind: str) -> None:
    hits = await memory.search_runbooks(str(FAULTS[kind]["symptoms"]), k=3)
    assert hits[0].runbook.id == f"fault-{kind}", [(h.runbook.id, h.score) for h in hits]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the cell stopped serving anyone, zero users attached", "fault-cell_outage"),
        ("too many users on the cell, radio resources exhausted and speeds collapse", "fault-cell_congestion"),
        ("the site lost mains electricity and runs on its batteries", "fault-site_power_failure"),
        ("the video partner's API keeps failing and is very slow", "fault-partner_outage"),
        ("handovers started failing right after someone changed the cell configuration", "fault-config_drift"),
        ("show the runbook for congestion", "fault-cell_congestion"),
        ("a fibre cut took several sites off the air", "fault-transport_link_down"),
        ("registrations are failing across the region and the AMF is at full CPU", "fault-nf_overload"),
        ("how do I move a site onto its backup route?", "action-reroute_transport"),
        ("we need a technician on site", "action-dispatch_field_team"),
    ],
)
async def test_plain_questions_find_the_runbook(memory: Memory, question: str, expected: str) -> None:
    hits = await memory.search_runbooks(question, k=3)
    assert hits[0].runbook.id == expected, [(h.runbook.id, round(h.score, 3)) for h in hits]
    assert len({h.runbook.id for h in hits}) == 3  # one hit per runbook, not per vector


def _copy_runbook(source: str, folder: Path, extra: str = "") -> None:
    folder.mkdir(exist_ok=True)
    (folder / Path(source).name).write_text(Path(source).read_text() + extra)


async def test_indexing_is_idempotent_and_notices_changes(tmp_path: Path) -> None:
    books = tmp_path / "books"
    source = Memory(Settings(home=tmp_path)).runbook_for_fault("cell_outage").path
    _copy_runbook(source, books)
    settings = Settings(home=tmp_path / "home")
    assert await Memory(settings, runbooks_dir=books).start() == 1
    assert await Memory(settings, runbooks_dir=books).start() == 0  # a restart re-embeds nothing
    _copy_runbook(source, books, "\nEdited.\n")
    assert await Memory(settings, runbooks_dir=books).start() == 1


def _no_runbooks(tmp_path: Path) -> Path:
    """An empty runbooks folder: tests of the incident history need not embed every runbook."""
    (tmp_path / "no-runbooks").mkdir(exist_ok=True)
    return tmp_path / "no-runbooks"


async def test_incident_history_round_trip(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    memory = Memory(settings, runbooks_dir=_no_runbooks(tmp_path))
    await memory.start()
    assert await memory.similar_incidents("anything") == []
    await memory.add_incident(
        IncidentRecord(
            incident_id="inc-1",
            summary="cell-a1 availability fell to 0, users moved to neighbours",
            root_cause="cell_outage",
            target="cell-a1",
            fault="cell_outage",
            actions=["restart_cell cell-a1: succeeded"],
            outcome="recovered",
            opened_at=1.0,
        )
    )
    await memory.add_incident(
        IncidentRecord(
            incident_id="inc-2",
            summary="partner StreamCo API success 40%, latency 3 s",
            root_cause="partner_outage",
            target="partner-streamco",
            actions=["escalate: no failover endpoint"],
            outcome="escalated",
            opened_at=2.0,
        )
    )
    reopened = Memory(settings, runbooks_dir=_no_runbooks(tmp_path))  # a new process sees what the last wrote
    await reopened.start()
    hits = await reopened.similar_incidents("a cell is down with no users", k=2)
    assert [h.incident.incident_id for h in hits] == ["inc-1", "inc-2"]
    assert hits[0].incident.actions == ["restart_cell cell-a1: succeeded"]
    assert hits[0].score > hits[1].score

    await reopened.add_conversation(
        ConversationRecord(
            thread_id="t1",
            engineer="alice",
            question="why is cell-a1 down?",
            answer="inc-1: cell outage, restarted",
            entities=["cell-a1"],
        )
    )
    convs = await reopened.similar_conversations("what happened to cell-a1", k=5)
    assert len(convs) == 1 and convs[0].conversation.entities == ["cell-a1"]


WRITER = """
import asyncio, sys
from pathlib import Path
from memory.records import IncidentRecord
from memory.store import Memory
from nerve.settings import Settings

async def main() -> None:
    memory = Memory(Settings(home=Path(sys.argv[1])), role="writer", runbooks_dir=Path(sys.argv[2]))
    await memory.start()
    await memory.add_incident(IncidentRecord(incident_id="inc-x", summary="link-7 down, 4 cells dark",
        root_cause="transport_link_down", target="link-7", outcome="recovered", opened_at=1.0))

asyncio.run(main())
"""


@pytest.mark.slow
async def test_another_process_sees_incidents_written_after_it_opened(tmp_path: Path) -> None:
    reader = Memory(Settings(home=tmp_path), runbooks_dir=_no_runbooks(tmp_path))
    await reader.start()
    await reader.add_incident(
        IncidentRecord(
            incident_id="inc-a", summary="cell down", root_cause="cell_outage", target="c1", outcome="recovered",
            opened_at=1.0,
        )
    )  # fmt: skip
    writer = await asyncio.create_subprocess_exec(
        sys.executable, "-c", WRITER, str(tmp_path), str(_no_runbooks(tmp_path)), cwd=REPO_ROOT
    )
    assert await writer.wait() == 0
    hits = await reader.similar_incidents("transport link down, cells unavailable", k=2)
    assert [h.incident.incident_id for h in hits] == ["inc-x", "inc-a"]
