"""Hand-written base of every generated model, and the wire-faithful ``Timestamp`` type.

Settings shared by all models live here, not in per-class codegen flags:

* unknown keys are kept (``extra="allow"``), so a newer server never breaks an old client;
* fields populate by Python name or by wire alias, and dump by alias;
* ``to_dict()`` gives back the wire JSON: only keys that were present, JSON types;
* ``model["wire_key"]`` / ``model.get("wire_key", default)`` keep 0.x dict-style code working.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler
from pydantic_core import core_schema

__all__ = ["ApiModel", "Timestamp"]

_MISSING: Any = object()


class ApiModel(BaseModel):
    """Base of every request and response model."""

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    # wire key -> attribute name, built once per class on first dict-style access.
    _wire_names: ClassVar[dict[str, str] | None] = None

    @classmethod
    def _wire_to_attr(cls) -> dict[str, str]:
        names = cls.__dict__.get("_wire_names")
        if names is None:
            names = {}
            for attr, info in cls.model_fields.items():
                names[attr] = attr
                if info.alias:
                    names[info.alias] = attr
            cls._wire_names = names
        return names

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this object: aliases, only the keys that were present."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def _lookup(self, key: str) -> Any:
        attr = self._wire_to_attr().get(key)
        if attr is not None:
            if attr in self.model_fields_set:
                return getattr(self, attr)
            return _MISSING
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return extra[key]
        return _MISSING

    def __getitem__(self, key: str) -> Any:
        value = self._lookup(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """The value of a wire key, as a dict's ``get`` would give it (0.x compatibility)."""
        value = self._lookup(key)
        return default if value is _MISSING else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not _MISSING

    def keys(self) -> Iterator[str]:
        """The wire keys that are present, as a dict's ``keys`` would list them."""
        return iter(self.to_dict())


class Timestamp(datetime):
    """A ``datetime`` that remembers the text it was parsed from.

    Servers send both ``...Z`` / ``+05:30`` and offset-less timestamps; all are accepted.
    Dumping to JSON gives back exactly the text that was received, so a round trip through
    the model changes nothing. A value built in Python dumps as ``isoformat()``.
    """

    __slots__ = ("_wire",)
    _wire: str

    @classmethod
    def _from_datetime(cls, value: datetime, wire: str | None) -> Timestamp:
        out = cls(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
            fold=value.fold,
        )
        if wire is not None:
            out._wire = wire
        return out

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        def validate(value: Any, inner: core_schema.ValidatorFunctionWrapHandler) -> Timestamp:
            if isinstance(value, Timestamp):
                return value
            parsed: datetime = inner(value)
            return cls._from_datetime(parsed, value if isinstance(value, str) else None)

        def serialize(value: datetime) -> str:
            wire: str | None = getattr(value, "_wire", None)
            return wire if wire is not None else value.isoformat()

        return core_schema.no_info_wrap_validator_function(
            validate,
            core_schema.datetime_schema(),
            serialization=core_schema.plain_serializer_function_ser_schema(
                serialize, when_used="json"
            ),
        )
