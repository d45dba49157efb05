"""The async client: the source the sync client (``_sync``) is generated from."""
