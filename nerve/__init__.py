"""Nerve: an agentic operations assistant for telecom operators, on Apache Kafka."""

__version__ = "0.1.0"
