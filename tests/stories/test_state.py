import json
from datetime import date, timedelta

from quellenlage.stories import Connector
from quellenlage.stories.state import decode_signature, encode_signature, retained
from quellenlage.stories.syndication import signature

from .builders import article


def test_signature_survives_encoding():
    m = signature("ein kurzer Text über einen Hafen und seine Kräne im Winter")
    back = decode_signature(encode_signature(m), m.hashvalues.size, 1)
    assert back.jaccard(m) == 1.0


def test_retention_keeps_recent_dated_and_latest_undated():
    d0 = date(2026, 1, 1)
    items = [("old", d0, 0), ("new", d0 + timedelta(days=100), 1), ("edge", d0 + timedelta(days=55), 2),
             ("u1", None, 3), ("u2", None, 4)]
    assert retained(items, days=45, undated=1) == {"new", "edge", "u2"}


def test_state_forgets_stories_long_over_but_keeps_placing_new_articles():
    conn = Connector()
    start = date(2026, 1, 1)
    for i in range(12):  # one small story a month
        day = (start + timedelta(days=30 * i)).isoformat()
        conn.add(article(" ".join(f"wort{i}x{j}" for j in range(40)),
                         published=day, outlet="Blatt",
                         entities=[(f"Nummer {i}", f"org:verein-{i}", f"Club {i}")]))
    state = json.loads(json.dumps(conn.state()))
    # stories are kept as long as a developing story may continue them (30 + 120 days: the last six);
    # the text signatures only for the last two months
    assert len(state["stories"]["profiles"]) == 6
    assert len(state["stories"]["articles"]) == 2
    assert len(state["syndication"]["articles"]) == 2
    again = Connector.from_state(state)
    _, sid = again.add(article("Nachtrag zum Jubiläum.", published="2026-11-30",
                               entities=[("Nummer 11", "org:verein-11", "Club 11")]))
    assert sid == conn.clusterer.story_of[next(a for a, s in conn.clusterer.story_of.items()
                                                if conn.clusterer.profiles[s].last == "2026-11-27")]
