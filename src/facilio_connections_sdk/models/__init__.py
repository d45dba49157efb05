"""Request and response models of ``/api/v1``, one class per schema of the OpenAPI document.

Generated from ``openapi/connections-v1.yaml`` by ``python -m codegen``; the shared behaviour
(unknown keys kept, ``to_dict()``, dict-style access) comes from :class:`ApiModel`.

The models (and pydantic's model machinery) load on first use, as pydantic's own top-level
names do, so importing the SDK stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilio_connections_sdk.models._base import ApiModel as ApiModel
    from facilio_connections_sdk.models._base import Timestamp as Timestamp
    from facilio_connections_sdk.models._generated import *  # noqa: F403
    from facilio_connections_sdk.models._generated_params import *  # noqa: F403
    from facilio_connections_sdk.models._views import *  # noqa: F403

_BASE_NAMES = ("ApiModel", "Timestamp")


def __getattr__(name: str) -> Any:
    if name.startswith("__") and name != "__all__":
        raise AttributeError(name)
    generated = importlib.import_module("facilio_connections_sdk.models._generated")
    params = importlib.import_module("facilio_connections_sdk.models._generated_params")
    views = importlib.import_module("facilio_connections_sdk.models._views")
    base = importlib.import_module("facilio_connections_sdk.models._base")
    names = {n: getattr(base, n) for n in _BASE_NAMES}
    names.update((n, getattr(generated, n)) for n in generated.__all__)
    names.update((n, getattr(params, n)) for n in params.__all__)
    names.update((n, getattr(views, n)) for n in views.__all__)
    globals().update(names)  # later look-ups are plain module attributes
    globals()["__all__"] = [*_BASE_NAMES, *generated.__all__, *params.__all__, *views.__all__]
    if name == "__all__":
        return globals()["__all__"]
    if name not in names:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return names[name]
