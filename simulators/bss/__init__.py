"""The estate twin's fulfilment (activation), partner, billing and compliance systems.

Entry point: ``simulators.bss.systems.BssSystems``; state read-back: ``simulators.bss.state``.
"""
