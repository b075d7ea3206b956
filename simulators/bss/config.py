"""How the simulated BSS/OSS/partner systems behave: delays, failure and timeout rates, the seed.

Every random decision is drawn from a generator seeded by (seed, system, command_id), so a run is
deterministic for a seed whatever order commands interleave in, and a redelivered command would
draw the same outcome.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from nerve.settings import Settings

System = str  # "activation" | "partner" | "billing" | "compliance"

# Typical response times in seconds (min, max), before sim_delay_scale. Partner APIs are remote
# and slow; billing and compliance are local lookups.
DEFAULT_DELAYS: dict[System, tuple[float, float]] = {
    "activation": (0.08, 0.40),
    "billing": (0.03, 0.15),
    "compliance": (0.02, 0.12),
    "partner": (0.30, 2.50),
}


@dataclass(frozen=True)
class BssConfig:
    seed: int = 0
    activation_failure_rate: float = 0.02
    partner_timeout_rate: float = 0.0
    partner_timeout_s: float = 10.0
    delay_scale: float = 1.0
    delays: Mapping[System, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_DELAYS))

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        seed: int = 0,
        failure_rate: float | None = None,
        delays: Mapping[System, tuple[float, float]] | None = None,
    ) -> BssConfig:
        """Settings give the defaults (NERVE_SIM_* env vars); explicit arguments override them."""
        return cls(
            seed=seed,
            activation_failure_rate=(settings.sim_activation_failure_rate if failure_rate is None else failure_rate),
            partner_timeout_rate=settings.sim_partner_timeout_rate,
            partner_timeout_s=settings.sim_partner_timeout_s,
            delay_scale=settings.sim_delay_scale,
            delays={**DEFAULT_DELAYS, **(delays or {})},
        )

    def rng(self, system: System, command_id: str) -> random.Random:
        return random.Random(f"{self.seed}/{system}/{command_id}")

    def delay(self, system: System, rng: random.Random) -> float:
        low, high = self.delays[system]
        return rng.uniform(low, high) * self.delay_scale

    @property
    def timeout_delay(self) -> float:
        return self.partner_timeout_s * self.delay_scale
