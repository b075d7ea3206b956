"""The NOC agent's reading of questions and checking of answers on every operator's estate (no broker).

Ids and region names come from the loaded topology, whatever their format: the "renamed" estate has
ids without separators, with underscores or dots, in upper case.
"""

from __future__ import annotations

import pytest

from agents.noc.compose import citations
from agents.noc.router import route
from evals.noc.runner import QUESTIONS, load_questions
from nerve.estate import Estate
from nerve.ids import IdIndex, shape
from tests.support.operators import NOC_QUESTIONS, every_estate

ESTATES = every_estate()
NAMES = list(ESTATES)


def invented_like(estate: Estate, entity: str) -> str:
    """An id in the format of ``entity`` that the estate does not have."""
    known = {e.lower() for e in estate.topology.kind_of}
    for digit in "987":
        fake = "".join(digit if c.isdigit() else c for c in entity)
        if fake.lower() not in known and shape(fake) == shape(entity):
            return fake
    raise AssertionError(f"no free id in the format of {entity}")


@pytest.mark.parametrize("name", NAMES)
def test_every_region_is_recognised_in_any_case(name: str) -> None:
    estate = ESTATES[name]
    for region in estate.topology.regions:
        for spelt in (region.id, region.id.upper(), region.id.lower()):
            r = route(f"what's wrong in the {spelt} region?", estate)
            assert r.kind == "overview"
            assert all(args.get("region") == region.id for _, args in r.calls), (spelt, r.calls)


@pytest.mark.parametrize("name", NAMES)
def test_every_entity_is_recognised_as_the_topology_spells_it(name: str) -> None:
    estate = ESTATES[name]
    for entity, kind in estate.topology.reporting_entities():
        for question in (f"Why is {entity} down?", f"how is {entity.upper()} doing", f"status of {entity}."):
            r = route(question, estate)
            assert (r.kind, r.calls) == ("entity", [("get_entity", {"entity": entity})]), (question, kind)


@pytest.mark.parametrize("name", NAMES)
def test_a_restart_is_proposed_for_the_named_cell_or_function(name: str) -> None:
    topo = ESTATES[name].topology
    for target, action in ((topo.cells[-1].id, "restart_cell"), (topo.regions[-1].upf, "restart_nf")):
        r = route(f"please restart {target}", ESTATES[name])
        assert r.kind == "propose" and r.calls[0][1]["action"] == action and r.calls[0][1]["target"] == target


@pytest.mark.parametrize("name", NAMES)
def test_citations_back_the_estates_ids_and_flag_an_invented_one(name: str) -> None:
    estate = ESTATES[name]
    network = [e for e, kind in estate.topology.kind_of.items() if kind != "region"]
    fake = invented_like(estate, estate.topology.cells[0].id)
    answer = f"{', '.join(network)} and {estate.subscribers[0].id} (inc-1a2b): re-route over fiber-optic 5G; {fake}."
    evidence = [{"tool": "get_incident", "status": "ok", "data": {"incident_id": "inc-1a2b"}}]
    backed, unbacked = citations(answer, evidence, estate)
    assert backed == [*network, estate.subscribers[0].id, "inc-1a2b"]
    assert unbacked == [fake]


def test_an_id_is_found_whole_and_longest_first() -> None:
    index = IdIndex(["x07-1", "x07-12", "RAN.7", "C0001", "Ørland-3"])
    found = index.find("x07-12 beside x07-1. ran.7, c0001 and C00011 or x07-123 or ØRLAND-3?")
    assert found == ["x07-12", "x07-1", "RAN.7", "C0001", "Ørland-3"]
    assert index.looks_like_id("x99-4") and index.looks_like_id("C0420") and index.looks_like_id("ørland-9")
    assert not index.looks_like_id("re-route") and not index.looks_like_id("5G")


def test_each_noc_question_set_fits_its_own_estate_only() -> None:
    sets = {"reference": QUESTIONS, "lumen": NOC_QUESTIONS / "lumen.yaml", "fjord": NOC_QUESTIONS / "fjord.yaml"}
    for name, path in sets.items():
        questions = load_questions(path)
        for other, estate in ESTATES.items():
            same_network = estate.topology == ESTATES[name].topology  # the retuned reference keeps its ids
            assert bool(questions.unknown_ids(estate)) is not same_network, (path.name, other)
