"""What one API process holds: settings, estate, credentials, the bus, the live feed, the agents."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from api.backends import Backends
from api.claims import Claims
from api.credentials import Credentials
from api.feed import Feed
from api.limits import RateLimiter
from api.readiness import Readiness
from api.sessions import Revoked
from api.streams import StreamSlots
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.settings import Settings
from tools.usage import UsageView

MAX_BODY_BYTES = 16 * 1024


@dataclass
class AppState:
    settings: Settings
    estate: Estate
    credentials: Credentials
    bus: Bus
    feed: Feed
    backends: Backends
    revoked: Revoked  # sessions logged out before they expire
    streams: StreamSlots
    usage: UsageView | None  # None: the estate rates no usage (no rating.yaml)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    answering: Claims = field(default_factory=Claims)  # intents whose confirmation is being answered
    started_at: float = field(default_factory=time.time)
    readiness: Readiness = field(default_factory=Readiness)  # /readyz's answer, cached
