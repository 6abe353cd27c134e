"""Which alerts the newest articles raise, read from what the stories stage stored.

Run after ``update_stories`` over the articles and pages stored since the last look (``new``):
``Store.find_alerts`` reads the stored stories, claim groups, disagreements, figures and pages of
the stories they joined (``store/alert_facts.py``, one read for all rules), runs these rules over
them and stores what they find; each rule names what changed because of the new articles:

=================  ==================================================================
``disagreement``   a disagreement of the story involves a claim of a new article
``revision``       a source's figure in a new article differs from the same source's
                   figure (same unit) in an earlier article of the story
``denial``         a new article's claim denies; its claim group holds earlier claims that
                   do not (a denial of a claim already in the store)
``new_outlet``     a claim group gains an outlet that did not carry it before (a new
                   article's, or a new page's: an exact copy of a stored text on another site)
``entity``         a story mentions a watched entity for the first time (a new story, or
                   an earlier one a new article brings it to)
=================  ==================================================================

Every alert has a key built from what it is about, so it is recorded once however often
the rules see it. The rules only read the store's results; what counts as a disagreement
or a revision is the stories stage's business (``docs/stories.md``), and this module is
the one place to follow it when that changes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..store.alert_facts import Touched
from ..store.watch import NewAlert


def rules(entities: Iterable[str] = ()) -> Callable[[Touched, Callable[[list[int], str], set[int]]], list[NewAlert]]:
    """The alert rules as ``Store.find_alerts`` runs them, watching ``entities``."""
    watched = [e for e in entities if e.strip()]
    return lambda facts, naming: detect(facts, naming, watched)


def detect(t: Touched, naming: Callable[[list[int], str], set[int]] | None = None,
           entities: Iterable[str] = ()) -> list[NewAlert]:
    """The alerts the new articles and pages of ``t`` raise, in rule order; ``naming(article pks, name)``
    answers which of the articles mention a watched entity."""
    if not t.stories:
        return []
    found = [*new_disagreements(t), *revised_figures(t), *denials(t), *new_outlets(t)]
    if naming is not None:
        found += watched_entities(naming, t, [e for e in entities if e.strip()])
    seen: set[tuple[str, str, str | None]] = set()  # syndicated copies say the same: one alert for them
    unique = []
    for alert in found:
        said = (alert.kind, alert.title, alert.detail)
        if said not in seen:
            seen.add(said)
            unique.append(alert)
    return unique


def new_disagreements(t: Touched) -> Iterator[NewAlert]:
    for d in t.disagreements:
        if not (t.is_new(d.claim_a_pk) or t.is_new(d.claim_b_pk)):
            continue
        sides = [t.claim_data(pk) for pk in (d.claim_a_pk, d.claim_b_pk) if pk in t.claims]
        story = t.stories[d.story_pk]
        names = " vs ".join(s["source"] or "an unnamed source" for s in sides)
        yield _alert("disagreement", [story.key, d.kind, *sorted(s["claim"] for s in sides)], story,
                     f"New disagreement in “{_title(story)}”: {names}", d.rule or d.explanation,
                     {"kind": d.kind, "rule": d.rule, "claims": sides})


def revised_figures(t: Touched) -> Iterator[NewAlert]:
    by_source: dict[tuple[int, str], list[int]] = defaultdict(list)
    for pk, c in t.claims.items():
        if c.source_key and c.article_pk not in t.new:
            by_source[(t.story_of[c.article_pk], c.source_key)].append(pk)
    for pk, c in t.claims.items():
        if c.article_pk not in t.new or not c.source_key or not t.figures.get(pk):
            continue
        story_pk = t.story_of[c.article_pk]
        for old in by_source.get((story_pk, c.source_key), []):
            for q_new in t.figures[pk]:
                for q_old in t.figures.get(old, []):
                    if _unit(q_new) and _unit(q_new) == _unit(q_old) and _amount(q_new) != _amount(q_old):
                        story = t.stories[story_pk]
                        yield _alert("revision", [t.ref(pk), t.ref(old), q_new.text, q_old.text], story,
                                     f"{c.source_name or c.source_key} revised a figure: {q_old.text} → {q_new.text}",
                                     f"in “{_title(story)}”",
                                     {"before": {**t.claim_data(old), "figure": q_old.text},
                                      "after": {**t.claim_data(pk), "figure": q_new.text}})


def denials(t: Touched) -> Iterator[NewAlert]:
    for group_pk, members in t.members.items():
        earlier = [pk for pk in members if not t.is_new(pk) and t.claims[pk].stance != "deny"]
        if not earlier:
            continue
        for pk in members:
            c = t.claims[pk]
            if t.is_new(pk) and c.stance == "deny":
                story = t.stories[t.groups[group_pk].story_pk]
                yield _alert("denial", [t.ref(pk)], story,
                             f"{c.source_name or 'An unnamed source'} denies: “{_short(c.content)}”",
                             f"in “{_title(story)}”, against {len(earlier)} earlier claim(s)",
                             {"denial": t.claim_data(pk), "denied": [t.claim_data(e) for e in earlier[:5]]})


def new_outlets(t: Touched) -> Iterator[NewAlert]:
    """A claim group's claims carried by an outlet that did not carry them before: a new article's outlet, or
    the site of a new page of a stored text (an exact copy on another site is an appearance, not an article)."""
    copies: dict[int, list[int]] = defaultdict(list)  # syndication group -> its articles (near-copies)
    for a in t.articles.values():
        if a.syndication_group_pk is not None:
            copies[a.syndication_group_pk].append(a.pk)
    for group_pk, members in t.members.items():
        old: set[str] = set()
        fresh: dict[str, tuple[int, Any]] = {}  # outlet -> (claim pk, page)
        for pk in members:
            art = t.articles[t.claims[pk].article_pk]
            if not t.is_new(pk):
                old |= set(t.carriers(art.pk, new=False))
                for other in copies.get(art.syndication_group_pk, []) if art.syndication_group_pk else []:
                    old |= set(t.carriers(other, new=False))
            for outlet, page in t.carriers(art.pk, new=True).items():
                fresh.setdefault(outlet, (pk, page))
        if not old:
            continue
        group = t.groups[group_pk]
        story = t.stories[group.story_pk]
        for outlet, (pk, page) in sorted(fresh.items()):
            if outlet in old:
                continue
            yield _alert("new_outlet", [story.key, group.key, outlet], story,
                         f"{outlet} now carries “{_short(group.label or t.claims[pk].content)}”",
                         f"in “{_title(story)}”, before only in {', '.join(sorted(old))}",
                         {"outlet": outlet, "url": page.url, "claim": t.claim_data(pk), "group": group.label})


def watched_entities(naming: Callable[[list[int], str], set[int]], t: Touched, names: list[str]) -> list[NewAlert]:
    """A story that mentions a watched entity for the first time: a new story, or one a new article brings it to."""
    found: list[NewAlert] = []
    for name in names:
        key = name.strip().casefold()
        now: set[int] = set()
        before: set[int] = set()
        for pk in naming(sorted(t.story_of), name):
            (now if pk in t.new else before).add(t.story_of[pk])
        for story_pk in sorted(now - before):
            story = t.stories[story_pk]
            fresh = all(a in t.new for a, s in t.story_of.items() if s == story_pk)
            found.append(_alert("entity", [story.key, key], story,
                                f"{'New story' if fresh else 'Story now'} mentioning {name.strip()}: "
                                f"“{_title(story)}”", None, {"entity": name.strip(), "new_story": fresh}))
    return found


def _unit(q: Any) -> str | None:
    return q.currency or q.unit_lemma or q.unit


def _amount(q: Any) -> tuple[float | None, float | None, float | None]:
    return q.value, q.lower, q.upper


def _alert(kind: str, parts: list[Any], story: Any, title: str, detail: str | None, data: dict[str, Any]) -> NewAlert:
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    data = {**data, "story": story.pk, "story_title": story.title}
    return NewAlert(f"{kind}:{digest}", kind, title, detail, story.pk, story.key, data)


def _title(story: Any) -> str:
    return _short(story.title or story.key, 90)


def _short(text: str | None, n: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
