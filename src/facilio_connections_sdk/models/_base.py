"""Hand-written base of every generated model, and the wire-faithful ``Timestamp`` type.

Settings shared by all models live here, not in per-class codegen flags:

* unknown keys are kept (``extra="allow"``), so a newer server never breaks an old client;
* fields populate by Python name or by wire alias, and dump by alias;
* ``to_dict()`` gives back the wire JSON: only keys that were present, JSON types;
* ``model["wire_key"]`` / ``model.get("wire_key", default)`` keep 0.x dict-style code working.
"""

from __future__ import annotations

import functools
import inspect
import re
import typing
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, TypeAdapter, ValidationError
from pydantic_core import core_schema

__all__ = ["ApiModel", "Timestamp"]

_MISSING: Any = object()


class ApiModel(BaseModel):
    """Base of every request and response model."""

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        # schemas are built on first use, not at import: importing the SDK stays cheap
        defer_build=True,
        # cache only keys while parsing JSON: values (slugs, names, ids) rarely repeat, and
        # caching them would hold up to ~1 MB of strings for the life of the process
        cache_strings="keys",
    )
    """Unknown keys kept, wire names and field names both accepted, wire names dumped."""

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

    # fields whose wire text is parsed to a Timestamp when read (see _LazyTimestamp)
    _timestamp_fields: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        annotations = inspect.get_annotations(cls)  # this class's own fields
        own = {
            name
            for name, info in cls.model_fields.items()
            if name in annotations and _holds_timestamp(info.annotation)
        }
        for name in own:
            setattr(cls, name, _LazyTimestamp(name))
        cls._timestamp_fields = cls._timestamp_fields | own
        # a deprecated field warns when read, also before the deferred build (pydantic sets
        # its own descriptor only then: a model read inside another answer never gets one)
        for name, info in cls.model_fields.items():
            if info.deprecation_message is not None and name in annotations and name not in own:
                message = info.deprecation_message
                if message == "deprecated":  # the spec's `deprecated: true` gives no reason
                    message = f"{cls.__name__}.{name} is deprecated"
                    info.deprecated = message  # pydantic's own descriptor, once built, too
                setattr(cls, name, _DeprecatedField(name, message))

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        # show timestamps as the datetimes reading them gives, not as the kept wire text
        for name, value in super().__repr_args__():
            if name in self._timestamp_fields:
                value = _timestamp_or_text(value)
            yield name, value

    def to_dict(self) -> dict[str, Any]:
        """The wire JSON of this object: aliases, only the keys that were present."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)

    def __str__(self) -> str:
        # what 0.x code printed: the dict of the wire JSON (repr() stays the typed view)
        return str(self.to_dict())

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

    Parsing is lazy, and tolerant like the rest of the models: loading keeps the text (a
    date-time must be a JSON string); the attribute turns it into a ``Timestamp`` when it is
    read, and raises ``ValueError`` there if the text is not ISO 8601. One record with a
    timestamp in a form this SDK does not know then cannot make a whole page of connections
    unreadable, and ``to_dict()`` still gives the text back exactly as sent.
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
    def parse(cls, text: str) -> Timestamp:
        """The ``Timestamp`` for ISO 8601 ``text`` (raises ``ValueError`` if it is none)."""
        if not _ISO_DATETIME.fullmatch(text):
            # also keeps the parsers below from reading other forms (dates alone, unix times)
            raise ValueError(f"not an ISO 8601 date-time: {text!r}")
        try:  # fast path: the C parser, straight into this subclass
            out = cls.fromisoformat(text)
        except ValueError:  # forms older Pythons' parser lacks ("Z", ".5"): pydantic's
            try:
                out = cls._from_datetime(_parse_datetime()(text), None)
            except ValidationError as exc:  # e.g. 30 February
                reason = exc.errors()[0]["msg"]
                raise ValueError(f"not a valid date-time: {text!r} ({reason})") from None
        out._wire = text
        return out

    @classmethod
    def _validate_python(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value  # kept as text; parsed (and its form checked) when read
        if isinstance(value, Timestamp):
            return value
        if isinstance(value, datetime):
            return cls._from_datetime(value, None)
        raise ValueError(f"expected an ISO 8601 date-time, got {type(value).__name__}")

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.json_or_python_schema(
            json_schema=core_schema.str_schema(),
            python_schema=core_schema.no_info_plain_validator_function(cls._validate_python),
            serialization=core_schema.plain_serializer_function_ser_schema(
                _serialize_timestamp, info_arg=True
            ),
        )


def _serialize_timestamp(value: Any, info: core_schema.SerializationInfo) -> Any:
    if info.mode_is_json():
        if isinstance(value, str):
            return value
        wire: str | None = getattr(value, "_wire", None)
        return wire if wire is not None else value.isoformat()
    return _timestamp_or_text(value)


def _timestamp_or_text(value: Any) -> Any:
    """A kept text as its Timestamp, for views that must not fail (repr, Python dumps)."""
    if isinstance(value, str):
        try:
            return Timestamp.parse(value)
        except ValueError:
            return value  # not a date-time this SDK reads: shown as the text that was sent
    return value


def _holds_timestamp(annotation: Any) -> bool:
    """Whether a field's type is ``Timestamp`` or has it inside (``Timestamp | None``), read
    from the type itself, never from its text (a description may say "Timestamp")."""
    stack = [annotation]
    while stack:
        tp = stack.pop()
        if tp is Timestamp:
            return True
        stack.extend(typing.get_args(tp))
    return False


class _LazyTimestamp:
    """On the model class, for each Timestamp field: parse the kept text when it is read.

    Nothing is cached back, so two models parsed from the same JSON stay equal. A text that
    is not ISO 8601 raises ``ValueError`` naming the model, the field and the text.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            # as for any pydantic field: no class attribute (a subclass's field collection
            # must not mistake this descriptor for a default value)
            raise AttributeError(self.name)
        value = obj.__dict__.get(self.name)
        if not isinstance(value, str):
            return value
        try:
            return Timestamp.parse(value)
        except ValueError as exc:
            raise ValueError(f"{type(obj).__name__}.{self.name}: {exc}") from exc

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


# matched with fullmatch (no anchors: "$" would let a trailing newline through); ASCII digits
_ISO_DATETIME = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d"
    r"(:[0-5]\d(\.\d{1,9})?)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?",
    re.ASCII,
)


@functools.cache
def _parse_datetime() -> Callable[[str], datetime]:
    parse: Callable[[str], datetime] = TypeAdapter(datetime).validate_python
    return parse


class _DeprecatedField:
    """A field the spec marks ``deprecated``: reading it warns (``DeprecationWarning``)."""

    __slots__ = ("message", "name")

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            raise AttributeError(self.name)
        warnings.warn(self.message, DeprecationWarning, stacklevel=2)
        return obj.__dict__[self.name]

    def __set__(self, obj: object, value: Any) -> None:
        obj.__dict__[self.name] = value
