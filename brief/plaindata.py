"""Dataclasses to plain JSON data and back, guided by their type hints: no code ever runs from data.

``to_data`` walks a dataclass's fields recursively (nested dataclasses, tuples, lists, dicts,
optional values, numbers, strings); ``from_data`` rebuilds the value from the type hints of
the class asked for, checking every type on the way, so a field or a dataclass added to the
model is handled without changing this module, and data of the wrong shape is refused
(``ValueError``) rather than trusted.
"""

from __future__ import annotations

import collections.abc as abc
import dataclasses
import enum
import math
import types
import typing
from functools import lru_cache
from typing import Any, Callable, TypeVar

T = TypeVar("T")
_SCALARS = (bool, int, float, str)
# Abstract collection types in hints are rebuilt as these concrete, immutable-where-possible ones.
_CONCRETE: dict[Any, type] = {abc.Sequence: tuple, abc.Collection: tuple, abc.Iterable: tuple, abc.Set: frozenset,
                              abc.Mapping: dict, abc.MutableSequence: list, abc.MutableMapping: dict}


def to_data(value: Any) -> Any:
    """``value`` as JSON-ready data: a dataclass becomes an object of its fields, a tuple a list,
    a dict a list of [key, value] pairs (keys need not be strings); non-finite floats become strings."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:  # most of a briefing, answered first
        return value
    if kind is float:
        return value if math.isfinite(value) else repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_data(getattr(value, name)) for name in _init_fields(typing.cast(type, kind))}
    if isinstance(value, (tuple, list, frozenset, set)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return [[to_data(k), to_data(v)] for k, v in value.items()]
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if value is None or isinstance(value, _SCALARS):
        return value
    raise ValueError(f"cannot store a {type(value).__name__}")


@lru_cache(maxsize=None)
def _init_fields(cls: type) -> tuple[str, ...]:
    """The names of a dataclass's fields that its constructor takes, in order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(data: Any, hint: Any) -> Any:
    """The value of type ``hint`` that ``to_data`` turned into ``data``; ValueError if it does not fit."""
    if type(data) is hint and hint in _SCALARS:  # a string, number or flag where one is asked for: most fields
        return data
    try:
        read = _reader(hint)
    except TypeError:  # a hint that cannot be a key of the readers' table: read through ``_read``
        return _read(data, hint)
    return read(data)


@lru_cache(maxsize=None)
def _reader(hint: Any) -> Callable[[Any], Any]:
    """``from_data`` for one hint, its questions about the hint answered once: a cached piece's thousands of
    values of a few types are each rebuilt by a chain of these, with the same checks and results."""
    written = typing.get_origin(hint)
    origin = _CONCRETE.get(written, written)
    args = typing.get_args(hint)
    if hint is Any or origin is typing.Literal or (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        return lambda data: _read(data, hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_reader(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        nullable = type(None) in args

        def union(data: Any) -> Any:
            if data is None and nullable:
                return None
            for option in options:
                try:
                    return from_data(data, option)
                except ValueError:
                    continue
            raise ValueError(f"no type of {hint} fits")
        return union
    if origin in (tuple, list, set, frozenset):
        if written is tuple and bool(args) and args[-1] is not Ellipsis:  # tuple[int, float], not tuple[int, ...]
            def fixed(data: Any) -> Any:
                _expect(data, list)
                if len(args) != len(data):
                    raise ValueError(f"expected {len(args)} items, found {len(data)}")
                return tuple(from_data(v, a) for v, a in zip(data, args))
            return fixed
        item = args[0] if args else Any
        each = _reader(item) if item not in _SCALARS else None

        def collection(data: Any) -> Any:
            _expect(data, list)
            if each is None:  # strings, numbers or flags: taken as they are where they are of that type
                return origin(v if type(v) is item else _scalar(v, item) for v in data)
            return origin(map(each, data))
        return collection
    if origin is dict:
        key, value = args or (Any, Any)

        def mapping(data: Any) -> Any:
            _expect(data, list)
            return {from_data(_pair(p)[0], key): from_data(_pair(p)[1], value) for p in data}
        return mapping
    return lambda data: _scalar(data, hint)


def _dataclass_reader(cls: type) -> Callable[[Any], Any]:
    fields = {f.name for f in dataclasses.fields(cls) if f.init}
    readers: dict[str, Callable[[Any], Any]] = {}  # each field's, found on first use (a class may hold itself)

    def read(data: Any) -> Any:
        _expect(data, dict)
        if not data.keys() <= fields:
            raise ValueError(f"unknown fields for {cls.__name__}")
        values = {}
        for name, value in data.items():
            reader = readers.get(name)
            if reader is None:
                reader = readers[name] = _field_reader(_hints(cls)[name])
            values[name] = reader(value)
        return cls(**values)
    return read


def _field_reader(hint: Any) -> Callable[[Any], Any]:
    if hint in _SCALARS:
        return lambda data: data if type(data) is hint else _scalar(data, hint)
    try:
        return _reader(hint)
    except TypeError:
        return lambda data: _read(data, hint)


def _read(data: Any, hint: Any) -> Any:
    """``from_data``, every question about ``hint`` asked again (for hints ``_reader`` does not keep)."""
    written = typing.get_origin(hint)
    origin = _CONCRETE.get(written, written)
    args = typing.get_args(hint)
    if hint is Any:
        return data
    if origin is typing.Literal:
        if data not in args:
            raise ValueError(f"expected one of {args}")
        return data
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass(data, hint)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        for option in (a for a in args if a is not type(None)):
            try:
                return from_data(data, option)
            except ValueError:
                continue
        raise ValueError(f"no type of {hint} fits")
    if origin in (tuple, list, set, frozenset):
        fixed = written is tuple and bool(args) and args[-1] is not Ellipsis  # tuple[int, float], not tuple[int, ...]
        return _collection(data, origin, args, fixed)
    if origin is dict:
        _expect(data, list)
        key, value = args or (Any, Any)
        return {from_data(_pair(p)[0], key): from_data(_pair(p)[1], value) for p in data}
    return _scalar(data, hint)


def _expect(data: Any, kind: type | tuple[type, ...]) -> None:
    if not isinstance(data, kind):
        raise ValueError(f"expected {kind}, found {type(data).__name__}")


def _pair(item: Any) -> list[Any]:
    _expect(item, list)
    if len(item) != 2:
        raise ValueError("expected a [key, value] pair")
    return item


def _dataclass(data: Any, cls: type[T]) -> T:
    _expect(data, dict)
    hints = _hints(typing.cast(type, cls))
    fields = {f.name for f in dataclasses.fields(cls) if f.init}  # type: ignore[arg-type]
    if not set(data) <= fields:
        raise ValueError(f"unknown fields for {cls.__name__}")
    return cls(**{name: from_data(value, hints[name]) for name, value in data.items()})


def _collection(data: Any, origin: type, args: tuple[Any, ...], fixed: bool) -> Any:
    _expect(data, list)
    if fixed:
        if len(args) != len(data):
            raise ValueError(f"expected {len(args)} items, found {len(data)}")
        return tuple(from_data(v, a) for v, a in zip(data, args))
    item = args[0] if args else Any
    return origin(from_data(v, item) for v in data)


def _scalar(data: Any, hint: Any) -> Any:
    if hint is type(None) or hint is None:
        if data is not None:
            raise ValueError("expected null")
        return None
    if hint is float:
        if isinstance(data, str) and data in ("inf", "-inf", "nan"):
            return float(data)
        _expect(data, (int, float))
        if isinstance(data, bool):
            raise ValueError("expected a number, found a boolean")
        return float(data)
    if hint is int and isinstance(data, bool):
        raise ValueError("expected an integer, found a boolean")
    if hint in _SCALARS:
        _expect(data, hint)
        return data
    raise ValueError(f"cannot rebuild a {hint}")
