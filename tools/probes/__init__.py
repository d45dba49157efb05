"""Scripts the tests run in a subprocess (they patch httpx process-wide)."""
