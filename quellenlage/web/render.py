"""The Jinja2 environment of the pages: templates and static files shipped in the package.

Autoescaping is on for every template, so article text, titles, quotes and source
names (all written by strangers) reach the page as text, never as markup; no
template uses ``|safe`` on such data. The only markup inserted whole is the timeline
SVG, built by :mod:`.timeline`, which escapes every text it draws.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from . import format as fmt

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def url_part(text: str | None) -> str:
    """A path segment: every character that could end or change the segment is percent-encoded."""
    return quote(text or "", safe="")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html", "svg", "xml"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        figure=fmt.figure_label, bound=fmt.bound_word, stance_icon=fmt.stance_icon,
        stance_word=fmt.stance_word, mode_word=fmt.mode_word, mode_help=fmt.mode_help,
        nice_date=fmt.nice_date, iso_day=fmt.iso_day, url_part=url_part, number=fmt.number, plural=fmt.plural,
    )
    env.globals["svg"] = Markup  # only ever given output of timeline.timeline_svg
    return env


def render(template: str, /, **context: object) -> str:
    return environment().get_template(template).render(**context)
