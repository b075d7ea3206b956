"""The one settings class. Every value can be set as ``NERVE_<NAME>`` in the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


class StreamsConfig(BaseModel):
    """Tunables of the stream layer (``NERVE_STREAMS__<NAME>``).

    Detection and correlation run on event time (the samples' ``ts``), so the same input gives the
    same anomalies and incidents however fast it is replayed.
    """

    store: str = "memory://"  # "rocksdb://" keeps tables on disk (rocksdict driver)
    worker_id: str = "0"  # names this worker's data directory (rocksdb needs one per worker)
    # The worker is a static member of its consumer group (KIP-345), known by worker_id (so each worker
    # needs its own): restarted within its session, it takes its partitions back without a rebalance.
    static_membership: bool = True

    # Ingest
    take_max: int = 500  # messages per processing batch
    take_within_s: float = 0.005  # longest wait to fill a batch: bounds the added latency
    lateness_s: float = 5.0  # samples older than an entity's newest minus this are counted and dropped
    future_tolerance_s: float = 120.0  # samples further in the future than this are dead-lettered

    # Detection
    debounce_samples: int = 2  # consecutive breaching samples before a (soft) threshold anomaly
    clear_samples: int = 2  # consecutive good samples before an anomaly abates
    ewma_alpha: float = 0.05
    baseline_warmup: int = 20  # samples before the learned baseline is trusted
    baseline_z: float = 6.0  # deviation (in learned standard deviations) that is anomalous
    forecast_points: int = 6  # recent samples the trend is fitted on
    forecast_horizon_s: float = 30.0  # predict breaches at most this far ahead
    forecast_min_r2: float = 0.85  # the fit must explain the recent values: a trend, not noise
    forecast_step_frac: float = 0.6  # a single jump larger than this share of the rise is a step
    forecast_min_rise_frac: float = 0.08  # minimum rise over the fit, as a share of normal→critical
    forecast_z: float = 3.0  # the KPI must have left its learned baseline by this many deviations
    forecast_rise_sd: float = 4.0  # and risen over the fit by this many deviations
    forecast_late_rise_frac: float = 0.25  # share of the rise the latest half of the fit must still make
    forecast_confirm: int = 2  # consecutive samples that must agree before a prediction is raised

    # Correlation (event-time seconds)
    fast_hold_s: float = 1.0  # outages wait this long so that their root cause can arrive too
    forecast_hold_s: float = 2.0  # a prediction must hold this long before it opens a predicted incident
    sustain_s: float = 6.0  # other critical breaches must last this long: transient spikes do not
    warn_sustain_s: float = 20.0  # warning-level breaches must last this long to open an incident
    change_window_s: float = 300.0  # a config change explains handover failures this long after it
    watermark_expiry_s: float = 3.0  # wall seconds: a detector silent this long no longer holds event time back

    # Output cadence (wall-clock seconds)
    context_interval_s: float = 1.0
    checkpoint_interval_s: float = 2.0
    heartbeat_interval_s: float = 0.5


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NERVE_", env_file=".env", extra="ignore", env_nested_delimiter="__")

    # Kafka. Unset, it is the local broker that `nerve kafka start` runs on kafka_port; set it to
    # any cluster's bootstrap servers to use that instead (Nerve then starts no broker).
    bootstrap_servers: str = ""
    topic_prefix: str = ""  # isolates one run (a test, an eval) from others on the same broker
    kafka_version: str = "4.1.1"
    kafka_port: int = 9092
    # The local cluster's size: 1, or 3 (node i listens on kafka_port + 2i). With 3 brokers every
    # topic is replicated three times and a write needs two replicas (min.insync.replicas=2).
    kafka_brokers: int = 1
    kafka_controller_port: int = 9093
    kafka_heap: str = "768m"
    kafka_cache: Path = Path.home() / ".cache" / "nerve" / "kafka"
    # Authentication: every component connects as its own principal (nerve/kafka_auth.py) over SASL
    # with the mechanism below, and the broker's ACLs limit each to its part of the flow. The local
    # broker runs this way; "PLAINTEXT" turns it off (an external cluster without authentication).
    kafka_security_protocol: str = "SASL_PLAINTEXT"  # SASL_SSL for a cluster reached over TLS
    kafka_sasl_mechanism: str = "SCRAM-SHA-512"
    # principal → username/password (JSON); unset, the local broker's file: home/kafka/credentials.json
    kafka_credentials: Path | None = None
    # While the cluster is unreachable, a send waits (retrying with backoff) this long before it fails.
    kafka_outage_wait_s: float = 300.0
    # The principal of tools and scripts that do not name one (``nerve topics``, tests): set up runs.
    kafka_principal: str = "admin"

    # Where runtime state lives: broker data, checkpoints, Chroma, demo keys, logs.
    home: Path = REPO_ROOT / ".nerve"
    estate_dir: Path = REPO_ROOT / "estate"

    # LLM: with a base URL the OpenAI-compatible provider is used, otherwise the offline one.
    llm_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_api_key: SecretStr | None = None
    llm_timeout_s: float = 30.0
    llm_max_retries: int = 2

    # LangGraph checkpoints: SQLite under home by default; a postgres:// URL uses Postgres (needs
    # langgraph-checkpoint-postgres installed).
    checkpoint_url: str | None = None

    # Subscriber intents: one nobody confirms within this long ends as "expired"; a settled one is
    # dropped from memory (its view and its checkpoint thread) this long after it settled. Its
    # last state stays on the compacted intent.state topic.
    intent_confirm_within_s: float = 900.0
    intent_retention_s: float = 3600.0

    # Remediation policy: medium-risk actions approved by policy (True) or by a person.
    auto_approve_medium: bool = True

    # Estate twin, BSS/OSS/partner systems (simulators/bss): every simulated delay is multiplied by
    # sim_delay_scale (0 in fast tests); eval runs set the random failure and timeout rates to 0.
    sim_delay_scale: float = 1.0
    sim_activation_failure_rate: float = 0.02
    sim_partner_timeout_rate: float = 0.0
    sim_partner_timeout_s: float = 10.0  # how long a timed-out partner call hangs before answering "timeout"

    # The legacy bridge (legacy/): the legacy OSS's PostgreSQL (Debian's server binaries, data under
    # legacy_dir, default home/legacy), the Kafka Connect worker with Debezium that captures it, and
    # how often the legacy engine polls its work orders.
    legacy_dir: Path | None = None
    legacy_pg_bin: Path = Path("/usr/lib/postgresql/15/bin")
    legacy_pg_port: int = 5440
    legacy_connect_port: int = 8083
    legacy_connect_heap: str = "512m"
    legacy_poll_s: float = 0.5
    legacy_bridge: bool = True  # false: `nerve up` leaves the bridge out even when migration.yaml is there

    api_host: str = "127.0.0.1"
    api_port: int = 8080
    # The host names the API answers to (any other Host header is refused: DNS rebinding); the
    # bind address api_host is added when it is a name or a specific address. JSON lists in the
    # environment, e.g. NERVE_API_ALLOWED_HOSTS='["nerve.example.net"]'.
    api_allowed_hosts: list[str] = ["127.0.0.1", "localhost", "::1"]
    # Reverse proxies whose X-Forwarded-For names the real client (login throttling is per client).
    # None by default: the peer's address is the client, whatever a request claims.
    api_trusted_proxies: list[str] = []
    # Server-sent event streams one key or session may hold open at once (each buffers events).
    api_streams_per_principal: int = 8

    streams: StreamsConfig = Field(default_factory=StreamsConfig)
    # Rating and billing: bill period 0 starts here (epoch seconds: the twin's start in the evals;
    # rating.yaml says how long a period is). Event time moves on by itself once no usage has come
    # for ``billing_idle_s``, so the last periods are billed when the mediation falls quiet.
    billing_epoch: float = 0.0
    billing_idle_s: float = 2.0

    log_level: str = "INFO"
    log_json: bool = False

    @model_validator(mode="after")
    def _defaults(self) -> Settings:
        if not self.bootstrap_servers:
            self.bootstrap_servers = self.local_bootstrap
        # Fixed here, so that a run given a home of its own still holds the broker's credentials.
        if self.kafka_credentials is None:
            self.kafka_credentials = self.home / "kafka" / "credentials.json"
        return self

    def run_env(self) -> dict[str, str]:
        """Environment that makes a child process (``nerve …``) join this run: the same broker and
        credentials, topic prefix, runtime home and estate."""
        return {
            "NERVE_BOOTSTRAP_SERVERS": self.bootstrap_servers,
            "NERVE_KAFKA_BROKERS": str(self.kafka_brokers),  # the stream workers replicate their changelogs to match
            "NERVE_KAFKA_SECURITY_PROTOCOL": self.kafka_security_protocol,
            "NERVE_KAFKA_CREDENTIALS": str(self.kafka_credentials),
            "NERVE_TOPIC_PREFIX": self.topic_prefix,
            "NERVE_HOME": str(self.home),
            "NERVE_ESTATE_DIR": str(self.estate_dir),
            "NERVE_BILLING_EPOCH": repr(self.billing_epoch),
            "NERVE_LEGACY_DIR": str(self.legacy_home),
            "NERVE_LEGACY_PG_PORT": str(self.legacy_pg_port),
            "NERVE_LEGACY_CONNECT_PORT": str(self.legacy_connect_port),
        }

    @property
    def local_bootstrap(self) -> str:
        """The bootstrap servers of the broker (or cluster) that `nerve kafka start` runs."""
        return ",".join(f"127.0.0.1:{self.kafka_port + 2 * i}" for i in range(self.kafka_brokers))

    @property
    def local_kafka(self) -> bool:
        """True when the configured bootstrap servers are the broker Nerve runs itself."""
        return self.bootstrap_servers in {self.local_bootstrap, self.local_bootstrap.replace("127.0.0.1", "localhost")}

    @property
    def kafka_auth(self) -> bool:
        return self.kafka_security_protocol.startswith("SASL")

    @property
    def legacy_home(self) -> Path:
        return self.legacy_dir or self.home / "legacy"

    @property
    def kafka_dir(self) -> Path:
        return self.home / "kafka"


@lru_cache
def get_settings() -> Settings:
    return Settings()
