"""Option values of the plain kinds converted without pydantic.

Typer (0.29) converts every option and argument value that is not a boolean flag through a
pydantic ``TypeAdapter`` it builds on first use (``typer._coercion.build_runtime_param``),
so every ``quellenlage`` command imported pydantic and built a validator per option at
every start: about 0.4 G instructions, half a bare Python process that extracts a page with
trafilatura. Our options are of four plain kinds — ``str``, ``int`` (with bounds),
a string enum, a list of strings — and their values come from the command line as strings.
:class:`Group` gives each such parameter a converter that handles a well-formed value the
way Typer's adapter does (the same value of the same type) and hands every other value
to Typer's own coercion, so a wrong value gets Typer's message, word for word. Other kinds
(floats, paths, files) are left to Typer. When Typer's internals change shape, nothing is
installed and Typer works as it always does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, get_args, get_origin

import typer.core

try:
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_choice
except ImportError:  # another Typer: it converts every value itself
    RuntimeParam = None  # type: ignore[assignment,misc]

_DIGITS = re.compile(r"0|[1-9][0-9]*")


class NeedsTyper(ValueError):
    """The value is not in the plain form: Typer converts it (or says what is wrong)."""


class _Plainly:
    """Installs the plain converters on the command's parameters, its help option included
    (which Typer makes on first use)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        install(self)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            _install_one(option)
        return option


class Group(_Plainly, typer.core.TyperGroup):
    """The app's command group."""


class Command(_Plainly, typer.core.TyperCommand):
    """Every command of the app (``App.command`` makes its commands of this class)."""


class App(typer.Typer):
    """A Typer app whose commands and groups convert plain option values without pydantic."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cls=Group, **kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)


def install(cmd: Any) -> None:
    """Give ``cmd``'s parameters their plain converters."""
    for param in getattr(cmd, "params", ()):
        _install_one(param)


def _install_one(param: Any) -> None:
    if RuntimeParam is None or getattr(param, "_runtime_param", "absent") is not None:
        return
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return
    try:
        convert = _converter(descriptor.annotation, descriptor.parameter_info)
        if convert is not None:
            param._runtime_param = _Plain(descriptor.parameter_info, descriptor.annotation, convert)
    except Exception:  # Typer's internals changed shape: it converts this value itself
        return


def _converter(annotation: Any, info: Any) -> Callable[[Any, Any], Any] | None:
    """A converter (value, ctx) -> value for a plain annotation, else None."""
    if info.parser is not None or getattr(info, "clamp", False):
        return None
    if annotation is bool:
        return _bool
    if annotation is str:
        return _str
    if annotation is int:
        return _bounded(info.min, info.max)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        choices, case_sensitive = tuple(annotation), info.case_sensitive
        return lambda value, ctx: coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        return _str_list
    return None


def _bool(value: Any, ctx: Any) -> bool:
    if type(value) is not bool:
        raise NeedsTyper(value)
    return value


def _str(value: Any, ctx: Any) -> str:
    if type(value) is not str:
        raise NeedsTyper(value)
    return value


def _str_list(value: Any, ctx: Any) -> list[str]:
    if not isinstance(value, (list, tuple)) or any(type(v) is not str for v in value):
        raise NeedsTyper(value)
    return list(value)


def _bounded(low: Any, high: Any) -> Callable[[Any, Any], int]:
    def to_int(value: Any, ctx: Any) -> int:
        if type(value) is int:
            number = value
        elif type(value) is str and _DIGITS.fullmatch(value):
            number = int(value)
        else:
            raise NeedsTyper(value)
        if (low is not None and number < low) or (high is not None and number > high):
            raise NeedsTyper(value)
        return number

    return to_int


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _Plain(RuntimeParam):  # type: ignore[misc,valid-type]
        """A plain converter, with Typer's own coercion for whatever it does not take."""

        convert: Callable[[Any, Any], Any]

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return self.convert(value, ctx)
            except Exception:  # not plain, or not valid: Typer converts it or words the error
                return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)
