"""Reason codes in words: the sentence a subscriber or an engineer reads for each code Nerve uses.

The codes are Nerve's, the same for every operator (eligibility's, the BSS systems' refusals and
the intent parser's); the API's problem details, the intent views, the CLI and the console show
these sentences beside the codes, so nobody has to look a code up.
"""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    # eligibility, in the catalog's order (tools/eligibility.py)
    "account_suspended": "The account is suspended, so nothing can be added or changed until it is active again.",
    "already_active": "The account already has this offer.",
    "ineligible_segment": "This offer is not sold to this kind of account (consumer or business).",
    "ineligible_age": "The account holder is below the minimum age for this offer.",
    "ineligible_credit": "The account's credit class does not allow this offer.",
    "requires_5g_plan": "This offer needs a 5G plan first.",
    "requires_plan": "This offer needs one of the plans it is sold with.",
    "ineligible_region": "This offer is not available in the account's region.",
    "kyc_required": "The account holder's identity (or age) must be verified first.",
    "consent_required": "The account holder must first agree to share data with the partner that provides this.",
    "conflicting_offer": "The account holds an offer that cannot be combined with this one.",
    "not_active": "The account does not have this offer, so it cannot be removed.",
    "unknown_offer": "No offer in the catalog matches what was asked for.",
    "not_permitted": "This is not allowed: another account's line, a price of one's own, or a check skipped.",
    "out_of_scope": "This is not something Nerve can do for a subscriber.",
    # a fraud response in force on the line (simulators/bss/line_control.py)
    "verification_required": "Changes on this line are on hold after activity that looked like fraud, until the "
    "owner verifies their identity.",
    # the BSS systems' refusals and failures (simulators/bss)
    "age_unknown": "The account holder's age is not known, and this offer has an age limit.",
    "consent_missing": "The account holder has not agreed to share data with the partner.",
    "data_residency_missing": "Where the data is kept was not said, and this offer requires it.",
    "data_residency_mismatch": "The data would be kept outside the place this offer requires.",
    "kyc_not_verified": "The account holder's identity is not verified.",
    "underage": "The account holder is below the minimum age for this offer.",
    "checks_incomplete": "The compliance checks this offer needs have not all been done.",
    "currency_mismatch": "The order's currency is not the catalog's.",
    "malformed_command": "The command was malformed and was not applied.",
    "network_error": "A network element did not acknowledge the change; it can be retried.",
    "network_mismatch": "The network change asked for is not the one this offer needs.",
    "no_network_fulfilment": "This offer needs no change in the network.",
    "no_partner_fulfilment": "This offer has no partner to provision.",
    "not_billed": "There is no charge for this offer on the account to stop.",
    "not_recurring": "This offer is not a recurring charge.",
    "nothing_to_refund": "There is nothing to refund for this offer.",
    "partner_mismatch": "The partner named is not the one that provides this offer.",
    "partner_outage": "The partner that provides this offer is not answering; it can be retried later.",
    "period_mismatch": "The order's billing period is not the catalog's.",
    "price_mismatch": "The order's price is not the catalog's.",
    "recurring_offer": "This offer is a recurring charge and is stopped, not refunded.",
    "target_mismatch": "The command's target is not the account it names.",
    "timeout": "The partner did not answer in time; it can be retried.",
    "unknown_partner": "The partner named is not one of the operator's partners.",
    "unknown_subscriber": "No account with this id exists.",
    "wrong_system": "The command was sent to a system that does not handle it.",
}


def sentence(code: str) -> str:
    """The sentence for ``code``; a code without one (a new one) is shown in words, never bare."""
    return SENTENCES.get(code) or code.replace("_", " ").capitalize() + "."


def sentences(codes: list[str]) -> str:
    """Several codes as one text, in their order."""
    return " ".join(sentence(c) for c in codes)


# What an audit record's outcome means, said plainly; keyed by the outcome the record carries.
OUTCOMES: dict[str, str] = {
    "accepted": "accepted",
    "allow": "allowed by policy",
    "approval": "needs a person's approval",
    "approved": "approved",
    "block": "blocked by policy",
    "cancelled": "cancelled",
    "closed": "closed before anything was needed",
    "cleared_by_itself": "cleared by itself",
    "confirmed": "confirmed",
    "denied": "denied",
    "diagnosed": "diagnosed",
    "escalated": "handed to the on-call engineer",
    "failed": "failed",
    "no_action": "nothing to do",
    "no_result": "no answer from the network",
    "not_fixed": "not fixed",
    "not_recovered": "not recovered yet",
    "pending": "waiting",
    "planned": "planned",
    "recovered": "fixed: recovered",
    "rejected": "rejected",
    "revised": "root cause revised: diagnosing again",
    "succeeded": "done",
    "symptom": "a symptom of another incident",
    "unknown": "not found",
    "unresolved": "not fixed",
}


def outcome_words(outcome: str) -> str:
    """An audit outcome in words ("recovered" → "fixed: recovered"; a fault kind in words)."""
    if not outcome:
        return ""
    return OUTCOMES.get(outcome) or outcome.replace("_", " ").replace(".", " ")


def reason_words(reason: str) -> str:
    """An audit reason as read: a list of reason codes (an intent's rejection) becomes sentences,
    anything else is already words."""
    codes = [c for c in reason.split(",") if c]
    if codes and all(c in SENTENCES for c in codes):
        return sentences(codes)
    return reason
