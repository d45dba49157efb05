"""The emulator's server comes with the 'emulator' extra: imported first by the package, so that
without it the error says what to install, not only which module is missing."""

try:
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as missing:
    raise ModuleNotFoundError(
        f"facilio_connections_sdk.testing needs the 'emulator' extra ({missing}): "
        "pip install 'facilio-connections-sdk[emulator]'",
        name=missing.name,
    ) from missing
