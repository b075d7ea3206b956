"""The one settings class. Every value can be set as ``NERVE_<NAME>`` in the environment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NERVE_", env_file=".env", extra="ignore")

    # Kafka. Unset, it is the local broker that `nerve kafka start` runs on kafka_port; set it to
    # any cluster's bootstrap servers to use that instead (Nerve then starts no broker).
    bootstrap_servers: str = ""
    topic_prefix: str = ""  # isolates one run (a test, an eval) from others on the same broker
    kafka_version: str = "4.1.1"
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    kafka_heap: str = "768m"
    kafka_cache: Path = Path.home() / ".cache" / "nerve" / "kafka"

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

    # Remediation policy: medium-risk actions approved by policy (True) or by a person.
    auto_approve_medium: bool = True

    # Estate twin, BSS/OSS/partner systems (simulators/bss): every simulated delay is multiplied by
    # sim_delay_scale (0 in fast tests); eval runs set the random failure and timeout rates to 0.
    sim_delay_scale: float = 1.0
    sim_activation_failure_rate: float = 0.02
    sim_partner_timeout_rate: float = 0.0
    sim_partner_timeout_s: float = 10.0  # how long a timed-out partner call hangs before answering "timeout"

    api_host: str = "127.0.0.1"
    api_port: int = 8080

    log_level: str = "INFO"
    log_json: bool = False

    @model_validator(mode="after")
    def _default_bootstrap(self) -> Settings:
        if not self.bootstrap_servers:
            self.bootstrap_servers = f"127.0.0.1:{self.kafka_port}"
        return self

    @property
    def local_kafka(self) -> bool:
        """True when the configured bootstrap servers are the broker Nerve runs itself."""
        return self.bootstrap_servers in {
            f"127.0.0.1:{self.kafka_port}",
            f"localhost:{self.kafka_port}",
        }

    @property
    def kafka_dir(self) -> Path:
        return self.home / "kafka"


@lru_cache
def get_settings() -> Settings:
    return Settings()
