# GENERATED CODE - DO NOT EDIT.
# Source: src/facilio_connections_sdk/_async/__init__.py
# Regenerate with: python -m codegen   (check with: python -m codegen --check)

"""The sync client, generated from ``_async``."""
