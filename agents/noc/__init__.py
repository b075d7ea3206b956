"""The NOC engineer's agent: questions answered from live assurance data, topology, audit and memory."""
