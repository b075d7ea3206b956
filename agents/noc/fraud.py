"""The offline answers to fraud questions, from the ``fraud_cases`` tool's reports."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from agents.noc.compose import Evidence, _ago, _results
from nerve.estate import Estate


def _line(r: dict[str, Any]) -> str:
    c = r["case"]
    return f"{c['subscriber']} ({r['msisdn']})" if r["msisdn"] else c["subscriber"]


def _measures(c: dict[str, Any]) -> str:
    seen = ", ".join(f"{k} {v:g}" for k, v in c["features"].items())
    usual = ", ".join(f"{k} {v:g}" for k, v in c["baseline"].items())
    return f"seen {seen or 'nothing measured'}" + (f" against a usual {usual}" if usual else "")


def _steps(r: dict[str, Any]) -> str:
    steps = [f"{s['action']} ({s['outcome']}{', by ' + s['approver'] if s['approver'] else ''}, {_ago(s['at'])})"
             for s in r["responses"]]  # fmt: skip
    return "; ".join(steps) or "no response yet"


def _case(r: dict[str, Any], money: str) -> list[str]:
    c = r["case"]
    state = {"open": "open", "closed": "closed", "false_positive": "marked a false positive"}[c["state"]]
    lines = [
        f"{c['kind']} case {c['case_id']} on {_line(r)}, {state}, opened {_ago(c['opened_at'])} "
        f"(score {c['score']:g}): {_measures(c)}."
    ]
    if c["spend_per_hour"] is not None:
        lines.append(f"  It was running up {c['spend_per_hour']} {money} an hour in premium and high-cost calls.")
    lines += [f"  Evidence: {e}" for e in c["evidence"][:4]]
    lines.append(f"  Responses: {_steps(r)}.")
    if r["awaiting_approval"]:
        lines.append(f"  Waiting for a person's approval: {', '.join(r['awaiting_approval'])}.")
    return lines


def fraud_answer(evidence: Evidence, estate: Estate) -> list[str]:
    money = estate.catalog.operator.currency
    reports = [r for rs in _results(evidence, "fraud_cases") for r in rs]
    args: dict[str, Any] = next((e["args"] for e in evidence if e["tool"] == "fraud_cases"), {})
    if "line" in args:
        if not reports:
            return [f"No fraud case on {args['line']} in the last {args['since_s'] / 86400:g} day(s)."]
        return [line for r in reports for line in _case(r, money)]
    if args.get("open_only"):
        if not reports:
            return ["No fraud right now: no open fraud cases."]
        return [f"{len(reports)} open fraud case(s):", *(line for r in reports for line in _case(r, money))]
    window = f"{args.get('since_s', 86400.0) / 3600:g} h"
    stopped = [r for r in reports if r["contained_by"]]
    lines = [f"Stopped {len(stopped)} fraud case(s) in the last {window}:" if stopped else
             f"Nothing was stopped in the last {window}."]  # fmt: skip
    for r in stopped:
        c = r["case"]
        took = r["contained_at"] - c["first_record_at"]
        saved = f", which stopped {r['saved_per_hour']} {money} an hour" if r["saved_per_hour"] else ""
        lines.append(
            f"- {c['kind']} on {_line(r)} ({c['case_id']}): {r['contained_by']} {_ago(r['contained_at'])}, "
            f"{took:.0f} s after its first suspicious record{saved}"
        )
    priced = [Decimal(r["saved_per_hour"]) for r in stopped if r["saved_per_hour"]]
    if priced:
        lines.append(
            f"Saved: {sum(priced, Decimal(0))} {money} an hour of premium and high-cost charges the stopped "
            f"fraud was running up ({len(stopped) - len(priced)} stopped case(s) made no priced calls)."
        )
    elif stopped:
        lines.append("None of the stopped cases made calls at premium or high-cost rates, so none is priced.")
    others = [r for r in reports if not r["contained_by"] and r["case"]["state"] != "false_positive"]
    if others:
        lines.append("Not contained:")
        lines += [f"- {r['case']['kind']} on {_line(r)} ({r['case']['case_id']}, {r['case']['state']}): "
                  f"{_steps(r)}" for r in others]  # fmt: skip
    return lines
