"""Case lifecycle rules: states, acceptance, diversion channels, clocks, risk and the worklist."""
