"""Generate the Pydantic models from the OpenAPI document (``python -m codegen``)."""
