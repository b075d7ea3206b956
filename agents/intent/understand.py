"""The offline "understand" step: a subscriber's words → an ``Intent``, deterministically.

It reads what the text says (the action, the offer by name, synonym, category or typo, a trip's
destination and length, another account, an attempt to change prices or skip checks) and nothing
more: whether the offer may be had, and at what price, is decided afterwards by the tools.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from agents.intent.accounts import other_number
from agents.intent.lexicon import Lexicon, Phrase, contains, find, longest_matches, matches, normalise
from agents.intent.models import Intent
from agents.intent.money import WORD_NUMBERS, amounts, patterns
from agents.intent.vocabulary import NAMED, PART
from nerve.estate import Catalog, Offer
from tools.subscriber import SubscriberProfile

# Someone else named as who the order is for: "for my wife", "sign my mam up", "my sons phone".
_RELATIVE = (
    r"(mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parents?|wife|husband|spouse|partner|son|daughter|kids?|"
    r"child|children|teenager|brother|sister|gran|granny|grandma|grandmother|grandad|granddad|grandpa|"
    r"grandfather|grandson|granddaughter|girlfriend|boyfriend|fiance|fiancee|friend|neighbou?r|colleague|"
    r"boss|employee|aunt|auntie|uncle|cousin|nephew|niece|flatmate|roommate|housemate|(mother|father) in law)"
)
_FOR_SOMEONE_ELSE = [
    re.compile(p)
    for p in (
        r"\bon behalf of\b",
        rf"\bfor (my|our) {_RELATIVE}s?\b",
        rf"\b(sign|put|add|get|set|give|buy|move|switch|upgrade|enrol|register) (up )?(my|our) {_RELATIVE}s?\b",
        rf"\b(my|our) {_RELATIVE}s? (line|phone|number|account|sim|mobile|plan|contract|tariff|company|business)\b",
        # "to Quayside Robotics' line": a line named by whose it is, when it is not the caller's
        r"\b(to|on|onto|for) (?!(my|our|this|the|that|your|me|us|a|one|same|own)\b)(\w+ ){1,3}"
        r"(line|account|number|sim)\b",
    )
]
# What follows a size said to fall short: "100gb isn't enough", "is too little".
_SHORT = re.compile(
    r" (is |isnt |is not |are |arent )?(not |never )?(enough|sufficient|too little|too small|not enough)\b"
)
# Data named in gigabytes ("the 50 gig plan").
_GIGABYTES = re.compile(r"\b(\d+|[a-z]+) (gb|gig|gigs|gigabytes|gigabyte)\b")
# Words before a phrase that say it is not what is wanted: "not the adult one", "keep the music".
_NEGATORS = {"not", "no", "without", "except", "nor", "never", "than", "instead"}
_KEEPING = [("but", "keep"), ("and", "keep"), ("but", "keeping"), ("still", "keep")]
_ARTICLES = {"the", "a", "an", "my", "our", "that", "this"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Attempts to change what the catalog and the checks decide. Matched on the normalised text; MONEY
# stands for every word for money (the operator's currency first).
_MANIPULATION = [
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,30}\b(instruction|instructions|rules|prompt|prompts|"
    r"guidelines|policy|policies|checks?|restrictions|limits)\b",
    r"\bfor free\b",
    r"\bfree of charge\b",
    r"\b(at|for) no (cost|charge)\b",
    r"\bwithout (paying|charge|charging|being charged)\b",
    r"\b(no|zero|0) (charge|cost|MONEY)\b",
    r"\bfor nothing\b",
    r"\bfor (0|zero|1|one|a) (MONEY)\b",
    r"\b(gratis|complimentary|on the house)\b",
    r"\b(set|change|make|lower|reduce|drop|cut|adjust) (the |my |its |your )?(price|prices|cost|bill|fee|charge)s?\b",
    r"\b(price|cost|bill|fee) (to|at|of) (0|zero|1|one|half)\b",
    r"\b(discount|discounted|half price|half off|percent off|cheaper price|price match)\b",
    r"\b(\d+|half|a third|a quarter) (percent )?(off|less)\b",
    r"\bfor (a |one )?(tenner|fiver|couple of quid|few quid|few bucks|pittance)\b",
    r"\binstead of (the )?(\d+|full price|list price|normal price|usual price)\b",
    r"\bloyal(ty)? (customer|discount|reward)\b.{0,60}\b(discount|cheaper|deal|free|reduction|price|instead)\b",
    r"\b(checks?|verification|verifications|kyc|consent|compliance|eligibility|rules|restrictions|limits) "
    r"(are |is |have been |has been |were |was |now )?(disabled|turned off|switched off|waived|removed|suspended|"
    r"lifted|bypassed|skipped|not required|not needed|not necessary|approved|cleared|done)\b",
    r"\b(at|for) (that|this|the same|the old|the promised|a special|a lower|a better|my old) (price|rate)\b",
    r"\b(promised|offered|quoted) (me|us)\b.{0,60}\b(price|MONEY|free|discount|cheaper|deal|percent)\b",
    r"\b(i|we) (was|were) (quoted|promised|offered|told)\b.{0,40}\b(price|MONEY|free|discount|deal)\b"
    r"|\b(price|rate|deal) (i|we) (was|were) (quoted|promised|offered|given)\b",
    r"\bcharge me (only|just|less|nothing|half)\b",
    r"\b(charge|bill) (me|us|it)\b.{0,30}\b(price|rate)\b",  # "charge me the music service's price"
    r"\b(pay|paying) (only|just|nothing|less|half)\b",
    r"\b(ill|i will|let me|can i|could i|i want to|i would|id|we will|well) (only |just )?pay\b",
    r"\b(only|just) (pay|paying|charge)\b",
    r"\b(charge|bill) (it|me|us|this|that)\b.{0,15}\b(\d+|zero|one|two|three|four|five|ten) (MONEY)\b",
    r"\b(\d+|one|two|three|four|five|ten) (MONEY)\b.{0,20}\binstead\b",
    r"\b(waive|waived|waiving)\b",
    r"\b(pre approved|preapproved|already approved|already verified|pre authori[sz]ed)\b",
    r"\bno (checks?|verification|verifications|kyc|consent) (is |are )?(needed|required|necessary)\b",
    r"\bnote to (the )?(assistant|system|ai|model|bot|agent)\b",
    r"\b(system|assistant|admin|developer) (message|note|override)\b",
    r"\b(skip|skipping|bypass|avoid|without|no need for|dont do|dont run|dont need) (the |any |my |all )?"
    r"(check|checks|verification|verifications|kyc|id check|age check|age verification|consent|compliance|"
    r"eligibility)\b",
    r"\b(dont|do not) (check|verify)\b",
    r"\b(pretend|act as if|assume) (i am|im|that|i have)\b",
    # A role claimed to get past a rule: "I'm staff, skip the checks"; not "I'm the admin for our
    # company lines, add a fixed IP" (a business account has admins) nor "I'm a retired engineer".
    r"\b(i am|im) (an |the |a )?(admin|administrator|operator|developer|engineer|staff|employee|manager)\b"
    r".{0,80}\b(approve|approved|override|skip|bypass|free|discount|waive|authori[sz]\w*|allowed|permission|"
    r"exception|unlock|no need|dont need|without)\b",
    r"\b(admin|developer|god|debug|maintenance) mode\b",
    r"\b(staff|employee|employees|friends and family|trade|insider|vip|internal) "
    r"(price|prices|rate|rates|discount|deal)\b",
    r"\b(admin|administrator|operator|developer|staff|employee|root) (access|override|rights|privileges|powers)\b",
    r"\b(system prompt|jailbreak|sudo|you are now|new instructions)\b",
    r"\bgive (me )?(it|everything|all)( \w+)? (free|for free)\b",
    # "make it free", not "I'm free from Monday" or "feel free"
    r"\b(get|give|want|add|make)\b.{0,40}(?<!\bim )(?<!\bam )(?<!\bare )(?<!\bfeel )\bfree\b"
    r"(?! trial| up| space| from| on| after| until| till| this| next| to| time| at| now| then| tomorrow)",
]
# Markup pretending to be the system ("<system>", "[admin]", "SYSTEM:"), read on the raw text.
_FAKE_MARKUP = re.compile(
    r"[<\[{]\s*/?\s*(system|admin|assistant|developer|instructions?|sudo|root|override|internal|tool)\b"
    r"|(^|\n)\s*(system|admin|developer|assistant)\s*:",
    re.I,
)
_GREETINGS = {
    "kindly",
    "pls",
    "plz",
    "hi",
    "hello",
    "hey",
    "ok",
    "okay",
    "so",
    "um",
    "uh",
    "please",
    "yo",
    "hiya",
    "morning",
    "quick",
    "question",
}
_REQUEST_START = {
    ("can", "i"), ("could", "i"), ("may", "i"), ("can", "you"), ("could", "you"), ("can", "we"), ("could", "we"),
    ("id", "like"), ("i", "want"), ("i", "need"), ("we", "need"), ("we", "want"), ("i", "would"), ("would", "like"),
}  # fmt: skip
_QUESTION_START = {"what", "which", "how", "do", "does", "am", "is", "are", "whats", "when", "show", "tell", "list",
                   "check", "whens", "hows", "have", "did", "why", "where"}  # fmt: skip
# "take the storage off", "switch the speed boost off": the thing named sits inside the verb.
_SWITCH_OFF = re.compile(
    r"\b(take|turn|switch|shut|cut|knock|drop) (?!\d)(\w+ ){1,4}?off\b"
    r"|\b(dont|do not|no longer|never) (\w+ ){1,5}?(anymore|any more)\b"  # "I don't listen to it anymore"
)
# "down to the 4G plan", "onto the plus plan": where a plan change goes.
_PLAN_MOVE = re.compile(r"\b(down|up|over|back) to\b|\b(to|onto) (the |a |my )?(\w+ ){0,2}plan\b")


def understand(text: str, *, profile: SubscriberProfile, catalog: Catalog, lexicon: Lexicon) -> Intent:
    """Parse ``text`` from ``profile``'s subscriber into an Intent (offline, deterministic)."""
    lex = lexicon
    tokens = lex.tokens(text)
    normalised = " ".join(normalise(text))
    other = _other_account(text, normalised, tokens, profile, lex)
    intent = _classify(tokens, profile, catalog, lex, lex.places(text))
    manipulation = (
        _manipulated(normalised, lex.currency)
        or bool(_FAKE_MARKUP.search(text))
        # a price named in a question is asked about, not set
        or (
            intent.action != "query"
            and (_names_another_price(normalised, intent, catalog, lex.currency) or _priced_as_another(tokens, lex))
        )
    )
    return intent.model_copy(update={"on_behalf_of": other, "manipulation": manipulation})


def _classify(
    tokens: list[str], profile: SubscriberProfile, catalog: Catalog, lex: Lexicon, places: Mapping[Phrase, str]
) -> Intent:
    cues = lex.cues
    text = " ".join(tokens)
    removing = contains(tokens, cues["remove"]) or bool(_SWITCH_OFF.search(text))
    requesting = contains(tokens, cues["request"])
    # A product we do not sell keeps its words to itself: "Disney Plus" is not the Plus plan.
    product = _unknown_product(tokens, lex)
    ours = _without(tokens, product)
    offers = _offer_scores(ours, lex)
    outright = max(offers.values(), default=0) >= NAMED
    trip = _trip(ours, catalog, lex, places)
    # "more data for my holiday", "thanks for the Spain roaming; now I need 10 gigs": an offer named
    # outright, after any place, is what is asked for, not a pass.
    if (
        trip is not None
        and outright
        and (trip.destination is None or _last_offer_at(ours, lex) > _last_place_at(_unnamed(ours, lex), places))
    ):
        trip = None
    questioning = _is_question(tokens, lex) and not contains(tokens, cues["go_ahead"])
    changing = contains(tokens, cues["plan_change"])
    if (requesting or changing) and not (outright or product or trip or questioning):
        # No phrase names an offer: "make my 5G quicker" may still mean one, by what it does. Meaning
        # only adds what the words missed; among offers the words already hint at, the subscriber chooses.
        trouble = contains(tokens, cues["issue"]) or contains(tokens, cues["failure_words"])
        meant = None if trouble else lex.ranker.best(re.sub(r"\b(\d+) g\b", r"\1g", text))
        if meant is not None and meant not in offers:
            offers = {**offers, meant: max(offers.values(), default=0) + NAMED}
    asks_plan = (changing or requesting) and "plan" in tokens  # ("tariff" is read as "plan")

    # A roaming pass named by its zone or length ("my EU week pass") counts as named for removal and queries.
    passes = {o: 1.0 for o in ([trip.offer] if trip and trip.offer else trip.candidates if trip else [])}
    described = _plan_described(text, catalog, lex.currency) if asks_plan else None
    if removing and _moves_plan(offers, described, text, profile, catalog, changing):
        removing = False  # "I don't need 5G any more, put me on the 4G plan" is a plan change
    if removing and (offers or passes or contains(tokens, {("subscription",), ("plan",), ("contract",), ("service",)})):
        return _removal(offers or passes, profile, catalog)
    service = contains(tokens, cues["service_nouns"])
    trouble = contains(tokens, cues["issue"]) or (service and contains(tokens, cues["failure_words"]))
    if trip is not None and trip.destination is not None and not service:
        trouble = False  # "the office there is freezing": a trip, and nothing said about the service
    if asks_plan and _PLAN_MOVE.search(text):
        trouble = False  # "drop me down to the 15 euro plan"
    if contains(tokens, cues["bill_statements"]) or (_about_bill(tokens) and not service):
        trouble = False  # "break down my monthly bill": the bill, not the network, is asked about
    if trouble and not (requesting and (offers or trip) and not questioning):
        return Intent(action="report_issue", topic=_symptom(tokens, lex))
    asking = questioning and (offers or contains(tokens, cues["query_topics"]))
    # "my bill is too high, I'd like the 20 euro plan": the plan asked for is the request
    moving = described is not None and (requesting or changing) and not questioning
    if (asking or contains(tokens, cues["bill_statements"])) and not moving:
        # Only an offer named outright ("what does <brand> cost") is what a question is about.
        named = {o: w for o, w in (offers or passes).items() if w >= NAMED or o in passes}
        best = _best(named, profile, catalog, plans_only=False)
        topic = "offer" if len(best) == 1 else ("bill" if _about_bill(tokens) else "services")
        return Intent(action="query", offer=best[0] if len(best) == 1 else None, topic=topic)
    travelling = contains(tokens, cues["roaming"]) or contains(tokens, cues["travel"])
    if contains(tokens, cues["off_topic"]) and not offers and not travelling:
        return Intent(action="out_of_scope")
    if trip is not None:
        return trip
    strong = max(offers.values(), default=0) >= NAMED
    if product and not strong:
        return Intent(action="add_offer", product=" ".join(product))  # "Amazon Prime Video" is not our video service
    if described:
        return Intent(action="change_plan", offer=described)  # "the 15 euro plan", "the 50 gig plan"
    names_plan = any(catalog.by_id[o].kind == "plan" for o in offers if o in catalog.by_id)
    # Weak hints ("data", "video") make an order only when something is asked for, and a plan asked
    # for is not a hint at an add-on.
    if offers and (strong or requesting or changing) and (names_plan or strong or not asks_plan):
        best = _cheapest_or_dearest(_best(offers, profile, catalog, plans_only=changing), text, catalog)
        if best:
            kind = "change_plan" if all(catalog.by_id[o].kind == "plan" for o in best) else "add_offer"
            if len(best) == 1:
                return Intent(action=kind, offer=best[0])
            return Intent(action=kind, candidates=best)
    if asks_plan or {"upgrade", "downgrade"} & set(tokens):
        plans = [o.id for o in catalog.offers if o.kind == "plan" and o.id != profile.plan]
        # "a cheaper plan", "the top plan": a price wish picks one
        plans = _cheapest_or_dearest(_same_segment(plans, profile, catalog), text, catalog)
        if len(plans) == 1:
            return Intent(action="change_plan", offer=plans[0])
        return Intent(action="change_plan", candidates=plans)
    if requesting and contains(tokens, cues["product_nouns"]):
        return Intent(action="add_offer", product="unnamed product")
    return Intent(action="out_of_scope")


def _offer_scores(tokens: list[str], lex: Lexicon) -> dict[str, float]:
    scores: dict[str, float] = {}
    priced: dict[str, float] = {}  # offers named only for their price: "at the <brand> price"
    for at, phrase in matches(tokens, lex.offer_phrases):
        before = tokens[max(0, at - 2) : at]
        negated = before[-1:] and (before[-1] in _NEGATORS or (before[0] in _NEGATORS and before[-1] in _ARTICLES))
        if negated or tuple(before) in _KEEPING:
            continue  # "the normal one, not the adult one"; "drop the games but keep the films"
        into = priced if _price_reference(tokens, at, len(phrase)) else scores
        for offer, weight in lex.offer_phrases[phrase].items():
            into[offer] = into.get(offer, 0.0) + weight
    return scores or priced


def _price_reference(tokens: list[str], at: int, n: int) -> bool:
    """Whether the phrase at ``at`` names an offer for its price: "the <brand> price", "price of X"."""
    return tokens[at + n : at + n + 1] in (["price"], ["rate"]) or tokens[max(0, at - 2) : at] in (
        ["price", "as"],
        ["rate", "as"],
        ["price", "of"],
        ["rate", "of"],
    )


def _priced_as_another(tokens: list[str], lex: Lexicon) -> bool:
    """An offer asked for at another offer's price: "add <brand> at the <other brand> price"."""
    named = _names_of_offers(tokens, lex, NAMED)
    wanted = {o for at, p in named if not _price_reference(tokens, at, len(p)) for o in lex.offer_phrases[p]}
    priced = {o for at, p in named if _price_reference(tokens, at, len(p)) for o in lex.offer_phrases[p]}
    return bool(wanted and priced - wanted)


def _names_of_offers(tokens: list[str], lex: Lexicon, weight: float) -> list[tuple[int, Phrase]]:
    """Where ``tokens`` name an offer with a phrase of at least ``weight``, and the phrase."""
    return [(at, p) for at, p in matches(tokens, lex.offer_phrases) if max(lex.offer_phrases[p].values()) >= weight]


def _unnamed(tokens: list[str], lex: Lexicon) -> list[str]:
    """``tokens`` without the operator's and its offers' names: "Kumo Drive" is no trip to Kumo."""
    offers = _names_of_offers(tokens, lex, PART)
    names = offers + matches(tokens, dict.fromkeys(lex.cues["operator"]))
    return ["" if any(at <= i < at + len(p) for at, p in names) else t for i, t in enumerate(tokens)]


def _last_place_at(tokens: list[str], places: Mapping[Phrase, str]) -> int:
    """Where the last country or city is in ``tokens`` (-1 if none)."""
    found = matches(tokens, places)
    return found[-1][0] if found else -1


def _last_offer_at(tokens: list[str], lex: Lexicon) -> int:
    """Where the last offer named outright is in ``tokens`` (-1 if none)."""
    named = [at for at, _ in _names_of_offers(tokens, lex, NAMED)]
    return named[-1] if named else -1


def _best(scores: dict[str, float], profile: SubscriberProfile, catalog: Catalog, *, plans_only: bool) -> list[str]:
    """The top-scoring offers; among a tie, those the subscriber's segment may have, if any."""
    pool = {o: s for o, s in scores.items() if o in catalog.by_id}
    if plans_only and any(catalog.by_id[o].kind == "plan" for o in pool):
        pool = {o: s for o, s in pool.items() if catalog.by_id[o].kind == "plan"}
    if not pool:
        return []
    top = max(pool.values())
    best = sorted(o for o, s in pool.items() if s == top)
    if len(best) > 1 and profile.plan in best:
        best.remove(profile.plan)  # the plan the subscriber is on is not what they ask for
    return _same_segment(best, profile, catalog) if len(best) > 1 else best


def _same_segment(offers: list[str], profile: SubscriberProfile, catalog: Catalog) -> list[str]:
    fitting = [o for o in offers if profile.segment in catalog.by_id[o].eligibility.segments]
    return fitting or offers


def _moves_plan(
    offers: dict[str, float],
    described: str | None,
    text: str,
    profile: SubscriberProfile,
    catalog: Catalog,
    changing: bool,
) -> bool:
    """Whether what reads as a removal names, as where to go, a plan the subscriber is not on:
    "I never use unlimited, downgrade me to Smart", "the plan with 40 GB is plenty, change it"."""
    top = [described] if described else _best(offers, profile, catalog, plans_only=False)
    plans = [o for o in top if catalog.by_id[o].kind == "plan"]
    moving = changing or bool(_PLAN_MOVE.search(text))
    return bool(plans) and plans == top and profile.plan not in plans and moving


def _removal(scores: dict[str, float], profile: SubscriberProfile, catalog: Catalog) -> Intent:
    if scores:
        # Among offers named alike, the one the subscriber has is the one meant.
        top = _best(scores, profile, catalog, plans_only=False)
        held = [o for o in top if o in profile.services or o == profile.plan]
        chosen = held or top
        if len(chosen) == 1:
            return Intent(action="remove_offer", offer=chosen[0])
        return Intent(action="remove_offer", candidates=chosen)
    if len(profile.services) == 1:
        return Intent(action="remove_offer", offer=profile.services[0])
    if profile.services:
        return Intent(action="remove_offer", candidates=sorted(profile.services))
    return Intent(action="remove_offer", offer=profile.plan)


def _is_question(tokens: list[str], lex: Lexicon) -> bool:
    words = [t for t in tokens if t not in _GREETINGS]
    if not words:
        return False
    if tuple(words[:2]) in _REQUEST_START:
        return False
    joined = " ".join(words)
    if re.search(r"\b(what|which) (do|would|should|will) (i|we) (need|get|take|buy|add)\b|\b(do|will) (i|we) need\b"
                 r"|\brecommend\b", joined):  # fmt: skip
        return False  # asking what to get is asking for it
    if re.search(r"\b(remind me|let me know|(want|like|need) to know|wondering|i wonder)\b", joined):
        return True
    if find(words, ("possible", "to")) >= 0 or find(words, ("able", "to")) >= 0 or "way to" in joined:
        return False  # "is it possible to get X", "is there a way to get X" ask for X
    if re.match(r"(is|are) there (something|anything|an app|a service|an offer|a package)\b", joined):
        return False  # "is there something for reading manga?" asks for it
    if words[0] in _QUESTION_START:
        # "have you got", "do you have <brand>" read as questions; "how do I get X" is a request.
        return not (find(words[:4], ("do", "i", "get")) >= 0 or find(words[:4], ("can", "i", "get")) >= 0)
    # a question anywhere in the text: "I'm retired - how much data is in my plan?"
    return bool(
        re.search(r"\b(how much (am i|do i|is my|will i)|what (am i|do i|is my|are my))\b", joined)
        or re.search(
            r"\b(how much|how many)( \w+){0,3} (is|are|do|does|have|has|did|am|will) (i|we|my|in|on)\b", joined
        )
        or re.search(
            r"\b(what|how much) (does|do|is|are|would|will)\b( \w+){0,6} (cost|costs|include|includes)\b", joined
        )
    )


def _about_bill(tokens: list[str]) -> bool:
    return (
        bool(
            {"paying", "pay", "bill", "billing", "invoice", "cost", "costs", "charge", "charged", "charges", "spend"}
            & set(tokens)
        )
        or find(tokens, ("how", "much")) >= 0
    )


def _symptom(tokens: list[str], lex: Lexicon) -> str:
    found = longest_matches(tokens, {p: "" for p in lex.cues["issue"]})
    return " ".join(found[0]) if found else "problem"


def _unknown_product(tokens: list[str], lex: Lexicon) -> Phrase | None:
    """A product we do not sell: a known brand ("Netflix"), or a name that is no word we know."""
    found = longest_matches(tokens, {p: "" for p in lex.cues["unknown_products"]})
    strange = [(t,) for t in tokens if len(t) >= 5 and t.isalpha() and t not in lex.vocabulary and not lex.is_word(t)]
    name = found[0] if found else strange[0] if strange else None
    if name is None:
        return None
    # "<brand> music", "Netflix video": what follows a brand's name says what it is, not what we sell
    end = find(tokens, name) + len(name)
    while end < len(tokens) and tokens[end] in lex.describing:
        name, end = (*name, tokens[end]), end + 1
    return name


def _without(tokens: list[str], phrase: Phrase | None) -> list[str]:
    """``tokens`` with ``phrase`` blanked out (positions kept, so nothing joins across the gap)."""
    at = find(tokens, phrase) if phrase else -1
    return tokens if at < 0 or phrase is None else [*tokens[:at], *[""] * len(phrase), *tokens[at + len(phrase) :]]


def _plan_described(text: str, catalog: Catalog, currency: str) -> str | None:
    """The one plan whose price or data allowance the text names ("the 15 euro plan", "50 gigs")."""
    named = set(amounts(text, currency))
    # "100gb isn't enough": a size said to fall short is what they have, not what they want
    sizes = {_number(m.group(1)) for m in _GIGABYTES.finditer(text) if not _SHORT.match(text, m.end())}
    plans = [o for o in catalog.offers if o.kind == "plan"]
    found = [o.id for o in plans if o.price.amount in named or (o.allowance or {}).get("data_gb") in sizes]
    if not found:  # "the 4G plan", when only one plan is 4G
        found = [o.id for o in plans if o.technology and re.search(rf"\b{_spoken(o.technology)}\b", text)]
    return found[0] if len(found) == 1 else None


def _spoken(term: str) -> str:
    """A catalog term as the parser's tokens spell it: "5G" → "5 g"."""
    return " ".join(normalise(term))


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else WORD_NUMBERS.get(word)


def _cheapest_or_dearest(offers: list[str], text: str, catalog: Catalog) -> list[str]:
    """Among several offers, the one a price wish picks: "the cheapest 5G plan", "the top plan"."""
    if len(offers) < 2:
        return offers
    by_price = sorted(offers, key=lambda o: catalog.by_id[o].price.amount)
    if re.search(r"\b(cheapest|cheaper|lowest|least expensive|budget|most affordable)\b", text):
        return by_price[:1]
    if re.search(r"\b(most expensive|priciest|dearest|top|best|biggest|highest)\b", text):
        return by_price[-1:]
    return offers


def _other_account(
    text: str, normalised: str, tokens: list[str], profile: SubscriberProfile, lex: Lexicon
) -> str | None:
    for other in lex.accounts.ids_in(text):
        if other != profile.id:
            return other
    if (number := other_number(text, profile.msisdn)) is not None:
        return number
    if contains(tokens, lex.cues["other_account"]) or any(p.search(normalised) for p in _FOR_SOMEONE_ELSE):
        return "another account"
    return None


@cache
def _manipulation(currency: str) -> list[re.Pattern[str]]:
    money = patterns(currency)[2]
    return [re.compile(p.replace("MONEY", money)) for p in _MANIPULATION]


def _manipulated(normalised: str, currency: str) -> bool:
    return any(p.search(normalised) for p in _manipulation(currency))


def _names_another_price(normalised: str, intent: Intent, catalog: Catalog, currency: str) -> bool:
    """A price named for the offer that is not the catalog's: prices are never the subscriber's to set."""
    offers = [intent.offer] if isinstance(intent.offer, str) else intent.candidates
    prices = {catalog.by_id[o].price.amount for o in offers if o in catalog.by_id}
    if not prices:
        return False
    return any(amount not in prices for amount in amounts(normalised, currency))


# -- roaming --------------------------------------------------------------------------------
def _trip(tokens: list[str], catalog: Catalog, lex: Lexicon, places: Mapping[Phrase, str]) -> Intent | None:
    """A roaming request: a destination named with travel words, or roaming asked for outright."""
    country = _destination(_unnamed(tokens, lex), places, lex.home)
    regions = lex.geography.regions
    region = next((_zone_covering(regions[p], catalog) for p in longest_matches(tokens, regions)), None)
    roaming = contains(tokens, lex.cues["roaming"])
    # A journey to a place we do not know is still a trip: which pass is then the question.
    place = country is not None or region is not None
    if not place and not roaming and not contains(tokens, lex.cues["journey"]):
        return None
    days = _duration(tokens)
    # A place with a length of stay ("Rome for 3 days") is a trip even without a travel word.
    if place and not (roaming or days is not None or contains(tokens, lex.cues["travel"])):
        return None
    named = [lex.zones[p] for p in longest_matches(tokens, lex.zones)]  # "the EU pass", "worldwide"
    return roaming_intent(catalog, country, days, named[0] if named else region)


def _zone_covering(countries: frozenset[str], catalog: Catalog) -> str | None:
    """The one roaming zone that covers every country of a region ("the Baltics"), if there is one."""
    zones = {catalog.zone_of(c) for c in countries}
    return zones.pop() if len(zones) == 1 else None


def roaming_intent(catalog: Catalog, country: str | None, days: int | None, zone: str | None = None) -> Intent:
    """The pass (or the passes to choose from) for a trip to ``country`` lasting ``days``."""
    passes = [o for o in catalog.offers if o.kind == "roaming"]
    if country is not None:
        zone = catalog.zone_of(country)
        if country == catalog.operator.home_country:
            return Intent(action="add_offer", product="roaming at home", destination=country, duration_days=days)
        if zone is None:
            return Intent(action="add_offer", product=f"roaming in {country}", destination=country, duration_days=days)
    if zone is not None:
        passes = [o for o in passes if o.zone == zone]
        if days is not None and len(passes) > 1:
            passes = _cheapest_cover(passes, days)
    elif days is not None and len(passes) > 1:
        passes = _closest_length(passes, days)  # "a day pass": the day passes, wherever they go
    ids = [o.id for o in passes]
    if len(ids) == 1:
        return Intent(action="add_offer", offer=ids[0], destination=country, duration_days=days)
    return Intent(action="add_offer", candidates=ids, destination=country, duration_days=days)


def complete(intent: Intent, catalog: Catalog) -> Intent:
    """A structured intent that names a destination but no pass gets the pass the destination needs."""
    if intent.action == "add_offer" and intent.offer is None and not intent.candidates and intent.destination:
        trip = roaming_intent(catalog, intent.destination.upper(), intent.duration_days)
        return intent.model_copy(update={"offer": trip.offer, "candidates": trip.candidates, "product": trip.product})
    return intent


def _validity(offer: Offer) -> int | None:
    days = (offer.fulfilment.network or {}).get("validity_days")
    return days if isinstance(days, int) and days > 0 else None


def _closest_length(passes: list[Offer], days: int) -> list[Offer]:
    """The passes of the shortest length that covers ``days`` (or the longest, if none does)."""
    lengths = {v for o in passes if (v := _validity(o)) is not None}
    if not lengths:
        return passes
    best = min((v for v in lengths if v >= days), default=max(lengths))
    return [o for o in passes if _validity(o) == best]


def _cheapest_cover(passes: list[Offer], days: int) -> list[Offer]:
    """The pass that covers a stay of ``days`` for the least money (on a tie, the longer one).

    Three day passes cost less than a week pass; for five days the week pass is the one to buy.
    """

    def cost(offer: Offer) -> tuple[Decimal, int]:
        validity = _validity(offer)
        return (offer.price.amount * -(-days // validity), -validity) if validity else (Decimal("Infinity"), 0)

    priced = [o for o in passes if _validity(o)]
    return [min(priced, key=cost)] if priced else passes


def _destination(tokens: list[str], places: Mapping[Phrase, str], home: str) -> str | None:
    """The country the trip goes to: the first place abroad named, or home if only home is named."""
    named = [places[p] for p in longest_matches(tokens, places)]
    abroad = [c for c in named if c != home]
    return (abroad or named)[0] if named else None


def _duration(tokens: list[str]) -> int | None:
    """Days the trip lasts, from "a week", "10 days", "for one day", "a fortnight", "the weekend"."""
    text = " ".join(tokens)
    days = "|".join(_WEEKDAYS)
    # "Monday till Sunday": the days of the stay, both ends counted.
    span = re.search(rf"\b({days}) (till|until|til|to|through|thru|and) ({days})\b", text)
    if span:
        first, last = _WEEKDAYS.index(span.group(1)), _WEEKDAYS.index(span.group(3))
        return (last - first) % 7 + 1
    if re.search(r"\bhalf (a|the) month\b", text):
        return 15
    if re.search(r"\blong weekend\b", text):
        return 3
    # A number says it best: "a 10 day trip" is ten days, not a day trip.
    units = r"(?:whole |full |entire |)(day|days|night|nights|week|weeks|month|months)"
    for match in re.finditer(rf"\b(\d+|[a-z]+) {units}\b", text):  # "a whole month" is thirty days
        amount = int(match.group(1)) if match.group(1).isdigit() else WORD_NUMBERS.get(match.group(1))
        if amount is not None and 0 < amount < 400:
            unit = match.group(2)
            return amount * (7 if unit.startswith("week") else 30 if unit.startswith("month") else 1)
    if re.search(r"\b(day pass|daily pass|day trip|for the day|just for today|today only|tomorrow only|"
                 r"24 hours|daily)\b", text):  # fmt: skip
        return 1
    if re.search(r"\b(week pass|weekly pass|weekly|for the week|whole week|week long)\b", text):
        return 7
    if re.search(r"\b(fortnight)\b", text):
        return 14
    if re.search(r"\b(weekend|overnight|couple of days|couple days)\b", text):
        return 2
    return None
