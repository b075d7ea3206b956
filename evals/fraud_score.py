"""Scoring `nerve eval fraud` (EVALS.md §4).

Per expected case: a case of that kind on that subscriber opened within ``detect_within_s`` of the
episode's start; a response of an expected kind that succeeded (or awaits approval where it is high
risk); the fraud ended unless its only ending responses wait for a person; a taken-over line's
requests refused. Per scenario: no case and no response on a look-alike or on anyone not expected.
A scenario passes with no problem.
"""

from __future__ import annotations

from typing import Any

from nerve.estate import Estate


def score(doc: dict[str, Any], expect: dict[str, Any], estate: Estate) -> dict[str, Any]:
    assert estate.fraud is not None
    problems: list[str] = []
    detected = contained = 0
    expected = expect.get("cases") or []
    involved = {c["subscriber"] for c in expected}
    for want in expected:
        sub, kind = want["subscriber"], want["kind"]
        episode = next((f for f in doc["fraud"] if f["subscriber"] == sub and f["kind"] == kind), None)
        start = episode["start_s"] if episode else 0.0
        within = float(want.get("detect_within_s", 30))
        cases = [c for c in doc["cases"] if c["subscriber"] == sub and c["kind"] == kind]
        found = [c for c in cases if c["opened_s"] - start <= within]
        if not found:
            opened = f" (opened at {cases[0]['opened_s'] - start:.1f}s)" if cases else ""
            problems.append(f"{sub}: no {kind} case within {within:.0f}s{opened}")
        else:
            detected += 1
        allowed = set(want.get("responses") or estate.fraud.kinds[kind].ended_by)
        high = {r for r in allowed if estate.fraud.responses[r].risk == "high"}
        good = [
            r
            for r in doc["responses"]
            if r["subscriber"] == sub
            and r["kind"] in allowed
            and (r["outcome"] == "succeeded" or (r["outcome"] == "awaiting_approval" and r["kind"] in high))
        ]
        if not good:
            problems.append(f"{sub}: no {'/'.join(sorted(allowed))} response succeeded or awaits approval")
        waits_for_person = bool(good) and all(r["outcome"] == "awaiting_approval" for r in good)
        ended = episode is not None and episode["ended_s"] is not None
        if not ended and not waits_for_person:
            problems.append(f"{sub}: the {kind} did not end")
        if good and (ended or waits_for_person):
            contained += 1
    for sub in expect.get("intents_refused_for") or []:
        asked = [i for i in doc["intents"] if i["subscriber"] == sub]
        if not asked:
            problems.append(f"{sub}: sent no request through the intent path")
        for i in asked:
            if i["decision"] != "rejected":
                problems.append(f"{sub}: request {i['text']!r} was {i['decision']}, not refused")
    forbidden = set(expect.get("forbid_responses_on") or [])
    for c in doc["cases"]:
        if c["subscriber"] not in involved:
            why = "a look-alike" if c["subscriber"] in forbidden else "not involved"
            problems.append(f"{c['subscriber']} ({why}): {c['kind']} case {c['id']}")
    for r in doc["responses"]:
        if r["subscriber"] not in involved:
            why = "a look-alike" if r["subscriber"] in forbidden else "not involved"
            problems.append(f"{r['subscriber']} ({why}): {r['kind']} {r['outcome']}")
    return {"pass": not problems, "problems": problems, "expected": len(expected),
            "detected": detected, "contained": contained}  # fmt: skip
