"""Typed Python client for the Facilio Connections ``/api/v1`` API."""
