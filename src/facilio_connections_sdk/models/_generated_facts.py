# GENERATED CODE - DO NOT EDIT.
# Source: openapi/connections-v1.yaml (x-final on JobStatus), by codegen/__main__.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)
"""Facts the SDK reads from the spec rather than keeping copies."""

__all__ = ["FINAL_JOB_STATUSES"]

FINAL_JOB_STATUSES: frozenset[str] = frozenset({"succeeded", "failed", "cancelled"})
"""The job statuses after which a job no longer changes; any other status is not final."""
