"""Option values of the plain kinds are converted without pydantic (``cli/coercion.py``), to the
same value of the same type as Typer's own coercion, and a value they do not take gets Typer's
own answer, message and all."""

from __future__ import annotations

import pytest
import typer.main
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from quellenlage.cli import app
from quellenlage.cli.coercion import _Plain

SAMPLES = {  # well-formed values first, then values Typer must judge
    "str": ["Rathausplatz", "", "2024-05-01", "ünïcödé"],
    "int": ["0", "7", "12345", 3, "007", "-1", "abc", "1.5", " 4", "1_000", "99999999999999999999"],
    "bool": [True, False],
    "list[str]": [["a.html", "b.txt"], [], ("x=y:z",)],
}


def _all_params():
    """(command path, parameter) of every command of the app, the help options included."""
    root = typer.main.get_command(app)
    out = []

    def walk(cmd, path, ctx):
        for param in [*cmd.params, cmd.get_help_option(ctx)]:
            if param is not None:
                out.append((f"{path} {param.name}", param, ctx))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}", sub.make_context(name, ["--help"], resilient_parsing=True, parent=ctx))

    walk(root, "quellenlage", root.make_context("quellenlage", [], resilient_parsing=True))
    return out


def _typer_way(param, value, ctx):
    try:
        return "ok", build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.message


def _our_way(param, value, ctx):
    try:
        return "ok", param.get_runtime_param()._coerce_value(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.message


def _samples(param):
    ann = param.type_descriptor.annotation
    if isinstance(ann, type) and issubclass(ann, __import__("enum").Enum):
        return [m.value for m in ann] + [m for m in ann] + ["no-such-choice", str(next(iter(ann)).value).upper()]
    return SAMPLES.get(getattr(ann, "__name__", None) if isinstance(ann, type) else str(ann), [])


def test_the_commands_options_of_plain_kinds_get_the_plain_converter():
    plain = {name for name, param, _ctx in _all_params() if isinstance(param.get_runtime_param(), _Plain)}
    assert {"quellenlage analyze paths", "quellenlage analyze fmt", "quellenlage analyze jobs",
            "quellenlage analyze stage", "quellenlage analyze help", "quellenlage version",
            "quellenlage db upgrade db"} <= plain


@pytest.mark.parametrize("name,param,ctx", _all_params(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_value_converts_as_typer_converts_it(name, param, ctx):
    if not isinstance(param.get_runtime_param(), _Plain):
        pytest.skip("left to Typer")
    for value in _samples(param):
        ours, theirs = _our_way(param, value, ctx), _typer_way(param, value, ctx)
        assert ours == theirs, (name, value)
        assert type(ours[1]) is type(theirs[1]), (name, value)
