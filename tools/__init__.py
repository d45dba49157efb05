"""Developer tools beside the tests: benchmarks, probes, the mutation run, the type gate."""
