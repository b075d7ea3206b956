"""Free ports for tests that run a broker (or a cluster, whose nodes listen on consecutive ports) of their own."""

from __future__ import annotations

import socket


def free_port_range(count: int) -> int:
    """A base port with ``count`` free ports from it."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = int(probe.getsockname()[1])
        if base + count < 65535 and all(_free(base + i) for i in range(count)):
            return base
    raise RuntimeError(f"no {count} consecutive free ports")


def _free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True
