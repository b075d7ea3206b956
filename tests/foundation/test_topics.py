"""Every registered topic exists on the broker with its partitions and cleanup policy."""

from __future__ import annotations

from nerve import topics as t
from nerve.settings import Settings


async def test_registry_is_created_idempotently_with_its_policies(settings: Settings) -> None:
    fresh = settings.model_copy(update={"topic_prefix": f"{settings.topic_prefix}fresh."})  # the fixture's are made
    created = await t.ensure_topics(fresh)
    assert sorted(created) == sorted(topic.full_name(fresh.topic_prefix) for topic in t.ALL)
    assert await t.ensure_topics(fresh) == []
    await t.delete_prefixed(fresh)

    found = await t.describe_topics(settings)
    for topic in t.ALL:
        info = found[topic.full_name(settings.topic_prefix)]
        assert info["partitions"] == str(topic.partitions), topic.name
        assert info["cleanup.policy"] == ("compact" if topic.compacted else "delete"), topic.name


def test_current_state_topics_are_compacted() -> None:
    compacted = {topic.name for topic in t.ALL if topic.compacted}
    assert {"assurance.context", "bss.subscriber.state", "intent.state", "commands.applied"} <= compacted


def test_every_command_type_has_a_topic() -> None:
    from typing import get_args

    from nerve.contracts import CommandType

    for kind in get_args(CommandType):
        assert t.command_topic(kind).model.__name__ == "Command"
