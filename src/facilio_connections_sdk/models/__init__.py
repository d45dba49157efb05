"""Request and response models of ``/api/v1``, one class per schema of the OpenAPI document.

Generated from ``openapi/connections-v1.yaml`` by ``python -m codegen``; the shared behaviour
(unknown keys kept, ``to_dict()``, dict-style access) comes from :class:`ApiModel`.
"""

from facilio_connections_sdk.models._base import ApiModel, Timestamp
from facilio_connections_sdk.models._generated import *  # noqa: F403
from facilio_connections_sdk.models._generated import __all__ as _generated_all

__all__ = ["ApiModel", "Timestamp", *_generated_all]
