"""The checkpointer survives a process restart: an interrupted graph resumes where it stopped."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

import pytest
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, interrupt

from memory.checkpoint import open_checkpointer, sqlite_path
from nerve.errors import ConfigError
from nerve.settings import Settings


class State(TypedDict, total=False):
    steps: list[str]
    answer: str


def _builder(ran: list[str]) -> StateGraph[State]:
    def prepare(state: State) -> State:
        ran.append("prepare")
        return {"steps": [*state.get("steps", []), "prepare"]}

    def confirm(state: State) -> State:
        answer = interrupt({"question": "go ahead?"})
        ran.append("confirm")
        return {"steps": [*state.get("steps", []), "confirm"], "answer": str(answer)}

    def finish(state: State) -> State:
        ran.append("finish")
        return {"steps": [*state.get("steps", []), "finish"]}

    builder: StateGraph[State] = StateGraph(State)
    builder.add_node("prepare", prepare)
    builder.add_node("confirm", confirm)
    builder.add_node("finish", finish)
    builder.add_edge(START, "prepare")
    builder.add_edge("prepare", "confirm")
    builder.add_edge("confirm", "finish")
    builder.add_edge("finish", END)
    return builder


async def test_interrupted_graph_resumes_after_restart(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    config = {"configurable": {"thread_id": "order-1"}}
    first_run: list[str] = []
    async with open_checkpointer(settings) as saver:
        graph = _builder(first_run).compile(checkpointer=saver)
        out = await graph.ainvoke({"steps": []}, config)  # type: ignore[arg-type]
        assert out["__interrupt__"][0].value == {"question": "go ahead?"}
    assert first_run == ["prepare"]
    assert sqlite_path(settings).exists()

    second_run: list[str] = []  # a new process: new saver, new graph, same file
    async with open_checkpointer(settings) as saver:
        graph = _builder(second_run).compile(checkpointer=saver)
        snapshot = await graph.aget_state(config)  # type: ignore[arg-type]
        assert snapshot.next == ("confirm",)
        out = await graph.ainvoke(Command(resume="yes"), config)  # type: ignore[arg-type]
    assert second_run == ["confirm", "finish"]  # prepare did not run again
    assert out["steps"] == ["prepare", "confirm", "finish"] and out["answer"] == "yes"


async def test_postgres_without_its_package_is_a_clear_config_error(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, checkpoint_url="postgresql://nerve@localhost/nerve")
    with pytest.raises(ConfigError, match="langgraph-checkpoint-postgres"):
        async with open_checkpointer(settings):
            pass


def test_sqlite_url(tmp_path: Path) -> None:
    assert sqlite_path(Settings(home=tmp_path, checkpoint_url=f"sqlite:///{tmp_path}/x.db")) == tmp_path / "x.db"
    with pytest.raises(ConfigError):
        sqlite_path(Settings(home=tmp_path, checkpoint_url="mysql://x"))
