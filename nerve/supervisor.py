"""``nerve up``: start every part of Nerve as a supervised subprocess, and stop them all cleanly.

Order: the local Kafka (unless an external cluster is configured) and the topics in this process,
then the parts together (a part waits only for those it needs, named in ``Part.after``), each as
``nerve <part> ...`` in its own process group so that Ctrl-C reaches the supervisor only and the
parts are stopped in reverse order, SIGTERM first, SIGKILL after a grace period. Every part's
output is merged into one log, prefixed by the part's name, and kept in ``Settings.home/logs/up.log``.
A part that dies is restarted with back-off, at most ``MAX_RESTARTS`` times in
``RESTART_WINDOW_S``; past that the whole stops with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx
from rich.console import Console
from rich.markup import escape

from nerve.errors import ConfigError
from nerve.settings import Settings

ReadyCheck = Callable[[], Awaitable[bool]]  # polled after a part starts until it says True
log = logging.getLogger(__name__)

MAX_RESTARTS = 3
RESTART_WINDOW_S = 300.0
SETTLE_S = 3.0  # a part alive this long after starting counts as up (unless it has its own check)
STOP_GRACE_S = 15.0
COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "bright_red")


class PartFailed(Exception):
    """A part could not be brought up or kept up; the message says which and why."""


@dataclass
class Part:
    name: str
    args: list[str]  # the ``nerve`` sub-command, e.g. ["sim", "run"]
    program: str | None = None  # what runs ``args``; None: this environment's ``nerve``
    ready: ReadyCheck | None = None  # extra readiness check, polled after start
    ready_timeout_s: float = 90.0
    env: dict[str, str] = field(default_factory=dict)  # on top of this process's environment
    after: tuple[str, ...] = ()  # parts that must be up before this one starts
    colour: str = "white"
    proc: asyncio.subprocess.Process | None = None
    up_at: float | None = None  # monotonic time the running process was up; None while it is not
    restarts: deque[float] = field(default_factory=lambda: deque(maxlen=MAX_RESTARTS + 1))
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=30))
    reader: asyncio.Task[None] | None = None
    stopping: bool = False


def nerve_executable() -> str:
    """The ``nerve`` script of this interpreter's environment (falls back to ``python -m``)."""
    script = Path(sys.executable).parent / "nerve"
    return str(script) if script.exists() else "nerve"


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


class Supervisor:
    def __init__(self, settings: Settings, parts: list[Part], console: Console, log_file: Path) -> None:
        self.settings = settings
        self.parts = parts
        self.console = console
        self.log_file = log_file
        self._log: IO[str] | None = None
        self._stop = asyncio.Event()
        self._failed: str | None = None
        for i, part in enumerate(parts):
            part.colour = COLOURS[i % len(COLOURS)]

    # -- output --------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A supervisor line: on the console (with markup) and in the log file (plain)."""
        self.console.print(text, highlight=False)
        if self._log is not None:
            self._log.write(f"{time.strftime('%H:%M:%S')} up | {_plain(text)}\n")
            self._log.flush()

    def _part_line(self, part: Part, line: str) -> None:
        part.tail.append(line)
        width = max(len(p.name) for p in self.parts)
        self.console.print(f"[{part.colour}]{part.name:<{width}}[/] │ {escape(line)}", highlight=False, soft_wrap=True)
        if self._log is not None:
            self._log.write(f"{part.name:<{width}} | {line}\n")
            self._log.flush()

    # -- lifecycle -----------------------------------------------------------------------------
    async def run(self, on_up: Callable[[], None]) -> int:
        """Start every part, call ``on_up``, then supervise until Ctrl-C or a fatal failure."""
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_file.open("a")
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._request_stop, sig)
        try:
            await self._bring_all_up()
            if not self._stop.is_set():
                on_up()
                watchers = [asyncio.create_task(self._watch(p)) for p in self.parts]
                await self._stop.wait()
                for w in watchers:
                    w.cancel()
        except PartFailed as exc:
            self._failed = str(exc)
        finally:
            await self.stop_all()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
        if self._failed:
            self.say(f"[red bold]✗ Nerve stopped:[/] {escape(self._failed)}")
            self.say(f"  the merged log is in {self.log_file}")
            return 1
        self.say("[green]✓ every part stopped; nothing is left running[/]")
        return 0

    def _request_stop(self, sig: signal.Signals) -> None:
        if not self._stop.is_set():
            self.console.print(f"\n[bold]{sig.name}: stopping every part…[/]")
        self._stop.set()

    def request_stop(self) -> None:
        """Stop every part, as Ctrl-C does (for a caller that runs the supervisor as a task)."""
        self._stop.set()

    async def _spawn(self, part: Part) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "NERVE_ESTATE_DIR": str(self.settings.estate_dir), **part.env}
        part.stopping = False
        part.up_at = None
        part.proc = await asyncio.create_subprocess_exec(
            part.program or nerve_executable(),
            *part.args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=env,
            start_new_session=True,  # Ctrl-C goes to the supervisor, which stops parts in order
        )
        part.reader = asyncio.create_task(self._read(part, part.proc))

    async def _read(self, part: Part, proc: asyncio.subprocess.Process) -> None:
        assert proc.stdout is not None
        while line := await proc.stdout.readline():
            self._part_line(part, line.decode(errors="replace").rstrip())

    async def _bring_all_up(self) -> None:
        """Start every part as soon as the parts it needs are up: a stack starts in the time of its
        longest chain, not of the sum of its parts. The first part that fails stops the others' start."""
        up = {part.name: asyncio.Event() for part in self.parts}

        async def bring(part: Part) -> None:
            for name in part.after:
                if name in up:
                    await up[name].wait()
            if not self._stop.is_set():
                await self._bring_up(part)
                up[part.name].set()

        failure: PartFailed | None = None
        try:
            async with asyncio.TaskGroup() as group:
                for part in self.parts:
                    group.create_task(bring(part))
        except* PartFailed as failed:
            failure = failed.exceptions[0]  # type: ignore[assignment]  # the tasks raise it bare
        if failure is not None:
            raise failure

    async def _bring_up(self, part: Part) -> None:
        self.say(f"[bold]▸ starting {part.name}[/] ({escape(' '.join([part.program or 'nerve', *part.args]))})")
        started = time.monotonic()
        await self._spawn(part)
        assert part.proc is not None
        deadline = started + part.ready_timeout_s
        settled = False
        while not self._stop.is_set():
            if part.proc.returncode is not None:
                await self._drain(part)
                raise PartFailed(self._death(part, "while starting"))
            settled = settled or time.monotonic() - started >= SETTLE_S
            if settled and (part.ready is None or await part.ready()):
                break
            if time.monotonic() > deadline:
                raise PartFailed(f"{part.name} was not ready within {part.ready_timeout_s:.0f} s")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), 0.5)
        if not self._stop.is_set():
            part.up_at = time.monotonic()
            self.say(f"[green]✓ {part.name} is up[/] (pid {part.proc.pid}, {part.up_at - started:.1f} s)")

    async def _watch(self, part: Part) -> None:
        """Restart ``part`` when it dies (bounded), or stop everything with the reason."""
        while not self._stop.is_set():
            assert part.proc is not None
            await part.proc.wait()
            part.up_at = None
            await self._drain(part)
            if self._stop.is_set() or part.stopping:
                return
            now = time.monotonic()
            part.restarts.append(now)
            recent = [t for t in part.restarts if now - t < RESTART_WINDOW_S]
            if len(recent) > MAX_RESTARTS:
                self._failed = self._death(part, f"for the {len(recent)}th time in {RESTART_WINDOW_S:.0f} s")
                self._stop.set()
                return
            backoff = 2 ** (len(recent) - 1)
            self.say(
                f"[yellow]! {escape(self._death(part, 'unexpectedly'))}; restarting in {backoff} s "
                f"({len(recent)}/{MAX_RESTARTS})[/]"
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), backoff)
            if self._stop.is_set():
                return
            try:
                await self._bring_up(part)
            except PartFailed as exc:
                self.say(f"[yellow]! {escape(str(exc))}[/]")

    def _death(self, part: Part, when: str) -> str:
        assert part.proc is not None
        last = "\n    ".join(list(part.tail)[-8:]) or "(no output)"
        return f"{part.name} exited with code {part.proc.returncode} {when}; its last lines:\n    {last}"

    async def _drain(self, part: Part) -> None:
        if part.reader is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(part.reader, 2)

    async def stop_all(self) -> None:
        """SIGTERM each running part's process group, newest first; SIGKILL what outlives the grace."""
        for part in reversed(self.parts):
            proc = part.proc
            if proc is None or proc.returncode is not None:
                continue
            part.stopping = True
            self.say(f"[bold]■ stopping {part.name}[/] (pid {proc.pid})")
            _signal_group(proc.pid, signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), STOP_GRACE_S)
            except TimeoutError:
                self.say(f"[yellow]! {part.name} ignored SIGTERM for {STOP_GRACE_S:.0f} s; killing it[/]")
                _signal_group(proc.pid, signal.SIGKILL)
                await proc.wait()
            # Whatever the part started in its group goes with it.
            _signal_group(proc.pid, signal.SIGKILL)
            await self._drain(part)
        if self._log is not None:
            self._log.close()
            self._log = None


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _plain(text: str) -> str:
    return Console(file=None, color_system=None).render_str(text).plain


def http_ready(url: str) -> ReadyCheck:
    """A readiness check: ``url`` answers 200."""

    async def check() -> bool:
        try:
            async with httpx.AsyncClient(timeout=2.0) as client:
                return (await client.get(url)).status_code == 200
        except httpx.HTTPError:
            return False

    return check


def check_ports(settings: Settings) -> None:
    if port_taken(settings.api_host, settings.api_port):
        raise ConfigError(
            f"{settings.api_host}:{settings.api_port} is taken (another `nerve up`?); stop it or set NERVE_API_PORT"
        )
