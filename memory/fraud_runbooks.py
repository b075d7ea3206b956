"""Fraud runbooks: one per kind of the operator's fraud.yaml, written from it when memory opens.

A fraud runbook says what the kind looks like (its ``behaviour``), the responses that end it, least
harmful first (lower risk first, then fraud.yaml's order), what each does to the line and the
look-alikes that must not be answered. It is a runbook like the network ones (``memory/runbooks``)
and is searched the same way, but its content is the operator's: nothing here names a line, a
number or a range. The responder takes a case's runbook from memory as a proposal and decides in
code (``agents/fraud/responder.py``): only responses that fraud.yaml says end the kind are used.
"""

from __future__ import annotations

import hashlib

from memory.runbooks import Runbook
from nerve.contracts.fraud import CASE_QUIET_S
from nerve.estate import Estate, Fraud, FraudResponse

RISK_ORDER = {"low": 0, "medium": 1, "high": 2}


def least_harmful_first(fraud: Fraud, kind: str) -> list[FraudResponse]:
    """The responses that end ``kind``, lower risk first, then in fraud.yaml's order."""
    ends = fraud.kinds[kind].ended_by
    return sorted(ends, key=lambda r: (RISK_ORDER[fraud.responses[r].risk], ends.index(r)))


def fraud_runbook(fraud: Fraud, kind: str) -> Runbook:
    spec = fraud.kinds[kind]
    actions = least_harmful_first(fraud, kind)
    steps = "\n".join(
        f"{n}. `{a}` (risk {fraud.responses[a].risk}): {fraud.responses[a].effect}."
        + (" A person approves it." if fraud.responses[a].risk == "high" else "")
        for n, a in enumerate(actions, 1)
    )
    name = kind.replace("_", " ")
    look_alikes = "\n".join(f"  - {k.replace('_', ' ')}: {v}" for k, v in fraud.look_alikes.items())
    body = f"""# Fraud: {name}

## Symptoms
{spec.behaviour}

## Checks
- The case's features against the line's baseline: a line that always did this is not flagged for it.
- Not a look-alike, which must get no response:
{look_alikes or "  - (none listed)"}

## Actions
Notify the line's owner (`notify_subscriber`), then the first of these; the next only if fraud
keeps coming after the previous one succeeded:
{steps}

## Risks
Each response stops the line doing something its owner may want; a stronger one than the kind
needs harms the owner for nothing. A case a person marks a false positive has its responses lifted.

## Verify recovery
No suspicious record from the line for {CASE_QUIET_S:.0f} s: the fraud worker closes the case.
"""
    text = f"{kind}\n{body}"
    return Runbook(
        id=f"fraud-{kind}",
        kind="fraud",
        fraud=kind,
        target="subscriber",
        title=f"Fraud: {name}, ended by {' or '.join(actions)}",
        risk=fraud.responses[actions[0]].risk,
        verify_within_s=CASE_QUIET_S,
        actions=list(actions),
        fixes=[kind],
        phrases=[spec.behaviour],
        body=body,
        path=f"fraud.yaml#kinds.{kind}",
        digest=hashlib.sha256(text.encode()).hexdigest()[:16],
    )


def fraud_runbooks(estate: Estate) -> list[Runbook]:
    """One runbook per fraud kind of the estate (none if it has no fraud.yaml)."""
    return [fraud_runbook(estate.fraud, kind) for kind in estate.fraud.kinds] if estate.fraud else []
