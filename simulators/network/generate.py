"""Larger estates of the same shape, for load tests: the RAN and transport repeated ``factor`` times.

Copy ``k`` (k >= 1) of every site, cell and link gets the suffix ``-g<k>``; links keep pointing at
the same aggregation routers (or at the copied site, for chained links), neighbours stay within
their copy, and the core functions and partners are shared, so each UPF serves ``factor`` times
the cells. Copy 0 is the original estate, unchanged.
"""

from __future__ import annotations

from nerve.estate import Cell, Estate, Link, Site, Topology


def scale_estate(estate: Estate, factor: int) -> Estate:
    if factor <= 1:
        return estate
    topo = estate.topology

    def ren(entity: str, k: int) -> str:
        return entity if k == 0 else f"{entity}-g{k}"

    sites: list[Site] = []
    cells: list[Cell] = []
    links: list[Link] = []
    for k in range(factor):
        sites += [
            s.model_copy(update={"id": ren(s.id, k), "uplinks": [ren(u, k) for u in s.uplinks]}) for s in topo.sites
        ]
        cells += [
            c.model_copy(
                update={"id": ren(c.id, k), "site": ren(c.site, k), "neighbors": [ren(n, k) for n in c.neighbors]}
            )
            for c in topo.cells
        ]
        links += [
            x.model_copy(
                update={
                    "id": ren(x.id, k),
                    "a_end": ren(x.a_end, k),
                    "z_end": ren(x.z_end, k) if x.z_end in topo.site else x.z_end,
                }
            )
            for x in topo.transport_links
        ]
    bigger = Topology(
        regions=topo.regions,
        aggregation_routers=topo.aggregation_routers,
        core_functions=topo.core_functions,
        transport_links=links,
        sites=sites,
        cells=cells,
        partners=topo.partners,
    )
    return Estate(
        root=estate.root,
        catalog=estate.catalog,
        subscribers=estate.subscribers,
        topology=bigger,
        kpis=estate.kpis,
        faults=estate.faults,
    )
