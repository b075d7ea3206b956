"""Nerve's exception tree. Library errors are translated into these at the edge.

NerveError
├── ConfigError            a setting or the machine is not as Nerve needs (Java missing, port taken)
├── EstateError            an estate file is broken (names file, path, reason)
├── ContractError          a message does not match its contract (malformed, unknown fields)
├── BusError               Kafka could not be reached or refused an operation
│   └── TopicError         a topic could not be created or has the wrong shape
├── ToolError              a tool could not do what it was asked (the model may retry)
│   ├── NotPermitted       the caller has no right to do this
│   └── ReasonRequired     a decision that needs the person's reason came without one
├── ProviderError          the LLM endpoint failed or answered out of contract
└── SimulationError        the estate twin was asked for something the estate cannot do
"""

from __future__ import annotations


class NerveError(Exception):
    """Base of every error Nerve raises on purpose."""


class ConfigError(NerveError):
    pass


class EstateError(NerveError):
    def __init__(self, file: str, path: str, reason: str) -> None:
        self.file, self.path, self.reason = file, path, reason
        super().__init__(f"{file}: {path or '<root>'}: {reason}")


class ContractError(NerveError):
    pass


class BusError(NerveError):
    pass


class TopicError(BusError):
    pass


class ToolError(NerveError):
    pass


class NotPermitted(ToolError):
    pass


class ReasonRequired(ToolError):
    pass


class ProviderError(NerveError):
    pass


class SimulationError(NerveError):
    pass
