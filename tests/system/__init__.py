"""System tests: the whole product driven end to end (emulator, CLI, fuzzers, hostile servers)."""
