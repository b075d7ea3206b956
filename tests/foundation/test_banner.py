"""`nerve up`'s banner: roles in plain words, and an intent to try that works on a fresh start,
after `nerve demo` and again after itself, on every operator's estate (no broker)."""

from __future__ import annotations

import io
import shlex

import pytest
from rich.console import Console

from agents.intent.lexicon import lexicon_for
from agents.intent.understand import understand
from api.banner import ROLE_WORDS, banner, try_intent
from api.credentials import Credentials
from nerve.estate import Estate
from nerve.settings import Settings
from tests.support.estates import estate_params
from tools.eligibility import purchase_reasons
from tools.subscriber import merge_state


@pytest.mark.parametrize("folder", estate_params())
def test_the_intent_to_try_is_an_add_on_the_subscriber_may_have_again(folder: object) -> None:
    estate = Estate.load(folder)  # type: ignore[arg-type]
    [command] = try_intent(estate)
    args = shlex.split(command)
    assert args[:3] == ["nerve", "intent", "--as"]
    sub = estate.subscriber[args[3]]
    profile = merge_state(sub, {}, estate.catalog)
    intent = understand(args[4], profile=profile, catalog=estate.catalog, lexicon=lexicon_for(estate))
    offer = estate.catalog.by_id[str(intent.offer)]
    assert intent.action == "add_offer"
    assert offer.kind == "addon", "the demo orders partner services: an add-on is never made to fail by it"
    assert offer.price.period == "one_off", "a one-off can be added again, so the example can be tried twice"
    assert purchase_reasons(profile, offer, estate.catalog) == []


def test_the_banner_says_what_each_role_may_do(tmp_path: object) -> None:
    estate = Estate.load(Settings().estate_dir)
    settings = Settings(home=tmp_path)  # type: ignore[arg-type]
    out = io.StringIO()
    banner(settings, Credentials.load_or_create(settings.home, estate), estate, Console(file=out, width=200))
    text = out.getvalue()
    for role, may in ROLE_WORDS.items():
        assert f"log in as {role}" in text and may in text
    assert "a second approver: nobody approves their own proposal" in text
