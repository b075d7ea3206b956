"""Snapshots as the network reports them: one TelemetryBatch per source and interval.

A site reports itself and its cells in one batch (as a site's PM file does); every link, core
function and partner reports alone. Kafka's cost is per message, so this keeps the default
estate at 32 messages per second.
"""

from __future__ import annotations

import numpy as np

from nerve.contracts import SAMPLE_MODELS, SampleBase, TelemetryBatch, kpi_names
from nerve.estate import Estate
from simulators.network.model import Snapshot


class BatchBuilder:
    def __init__(self, estate: Estate) -> None:
        topo = estate.topology
        self.sources: list[tuple[str, list[tuple[str, str]]]] = [
            (s.id, [(s.id, "site"), *((c, "cell") for c in topo.cells_of_site(s.id))]) for s in topo.sites
        ]
        self.sources += [(x.id, [(x.id, "transport_link")]) for x in topo.transport_links]
        self.sources += [(x.id, [(x.id, "core_function")]) for x in topo.core_functions]
        self.sources += [(x.id, [(x.id, "partner")]) for x in topo.partners]
        self.kpis = {kind: kpi_names(kind) for kind in SAMPLE_MODELS}
        # Faults push KPIs with noise around their limits; a real element never reports 100.07 %.
        self.percent = {
            (kind, k) for kind, table in estate.kpis.items() for k, spec in table.items() if spec.unit == "%"
        }

    def samples(self, snap: Snapshot) -> dict[str, SampleBase]:
        """Every entity's sample at the snapshot's instant, by entity id."""
        out: dict[str, SampleBase] = {}
        for kind, state in snap.kinds.items():
            model = SAMPLE_MODELS[kind]
            columns = [
                (np.clip(state.kpis[k], 0.0, 100.0) if (kind, k) in self.percent else state.kpis[k]).tolist()
                for k in self.kpis[kind]
            ]
            for i, entity in enumerate(state.ids):
                values = {k: round(col[i], 3) for k, col in zip(self.kpis[kind], columns, strict=True)}
                out[entity] = model(entity=entity, ts=snap.ts, **values)
        return out

    def batches(self, snap: Snapshot, sent_at: float) -> list[tuple[str, TelemetryBatch]]:
        samples = self.samples(snap)
        return [
            (source, TelemetryBatch(source=source, sent_at=sent_at, samples=[samples[e] for e, _ in members]))
            for source, members in self.sources
        ]
