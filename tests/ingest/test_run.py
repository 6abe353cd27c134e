from __future__ import annotations

from pathlib import Path

import pytest

from quellenlage.ingest.run import Runner
from quellenlage.ingest.sink import MemorySink
from tests.ingest import stages
from tests.ingest.pages import many_pages, pages, write_pages, write_warc


def run(paths, sink=None, **kw):
    sink = sink or MemorySink()
    kw.setdefault("jobs", 1)
    summary = Runner(sink, replace=stages.stages(), **kw).run(paths)
    return sink, summary


def test_everything_stored_once_and_a_rerun_adds_nothing(tmp_path):
    write_pages(tmp_path, many_pages(7))
    sink, first = run([tmp_path], batch_size=3)
    assert (first.added, first.known, first.failed) == (7, 0, 0)
    assert first.batches == 3 and sink.batches == 3  # 3 + 3 + 1, each one save call
    _, second = run([tmp_path], sink=sink, batch_size=3)
    assert (second.added, second.known, second.failed) == (0, 7, 0)
    assert second.batches == 0  # known inputs are skipped before analysis
    assert len(sink.articles) == 7


def test_same_text_under_another_name_or_in_a_warc_is_known(tmp_path):
    write_pages(tmp_path / "a", pages())
    write_pages(tmp_path / "b", pages())
    write_warc(tmp_path / "c.warc.gz", pages())
    sink, summary = run([tmp_path])
    assert summary.added == len(pages())
    assert summary.known == 2 * len(pages())
    assert summary.ignored > 0 and summary.failed == 0
    assert len(sink.articles) == len(pages())


def test_a_failing_input_is_recorded_once_and_the_run_goes_on(tmp_path):
    write_pages(tmp_path, many_pages(4))
    (tmp_path / "kaputt.html").write_text("<html><body><p>FAIL on purpose</p></body></html>")
    (tmp_path / "leer.html").write_text("   ")
    sink, summary = run([tmp_path])
    assert (summary.added, summary.failed) == (4, 2)
    reasons = dict(sink.errors)
    assert reasons[str(tmp_path / "kaputt.html")] == "this page asked to fail"
    assert reasons[str(tmp_path / "leer.html")] == "empty input"
    _, again = run([tmp_path], sink=sink)
    assert (again.added, again.known, again.failed) == (0, 4, 2)
    assert len(sink.errors) == 2  # the same failure is not recorded twice


def test_two_workers_store_the_same_as_one(tmp_path):
    write_pages(tmp_path, many_pages(9))
    (tmp_path / "kaputt.html").write_text("<html><body><p>FAIL</p></body></html>")
    one, s1 = run([tmp_path], jobs=1, batch_size=4)
    two, s2 = run([tmp_path], jobs=2, batch_size=4)
    assert set(one.articles) == set(two.articles)
    assert one.inputs == two.inputs
    assert (s1.added, s1.failed) == (s2.added, s2.failed) == (9, 1)


@pytest.mark.slow
def test_a_crashing_worker_loses_only_its_page(tmp_path):
    write_pages(tmp_path, many_pages(6))
    (tmp_path / "absturz.html").write_text("<html><body><p>CRASH here</p></body></html>")
    sink, summary = run([tmp_path], jobs=2)
    assert summary.added == 6 and summary.failed == 1
    assert dict(sink.errors)[str(tmp_path / "absturz.html")] == "the worker process died while analysing it"


def test_progress_is_reported_as_inputs_are_done(tmp_path):
    write_pages(tmp_path, many_pages(3))
    seen: list[int] = []
    sink = MemorySink()
    Runner(sink, jobs=1, replace=stages.stages(), on_progress=lambda s: seen.append(s.processed)).run([tmp_path])
    assert seen[-1] == 3 and seen == sorted(seen)


def test_an_interrupted_run_keeps_what_was_analysed(tmp_path):
    write_pages(tmp_path, many_pages(5))
    sink = MemorySink()

    def stop_after_three(summary):
        if summary.processed == 3:
            raise KeyboardInterrupt

    runner = Runner(sink, jobs=1, batch_size=100, replace=stages.stages(), on_progress=stop_after_three)
    with pytest.raises(KeyboardInterrupt):
        runner.run([tmp_path])
    assert len(sink.articles) == 3  # the open batch was written before giving up
    _, rest = run([tmp_path], sink=sink)
    assert (rest.added, rest.known) == (2, 3)


def test_paths_may_be_given_as_strings_or_paths(tmp_path):
    write_pages(tmp_path, many_pages(2))
    _, a = run([str(tmp_path)])
    _, b = run([Path(tmp_path)])
    assert a.added == b.added == 2


class RefusingSink(MemorySink):
    """A store that refuses any batch holding an article with ``refuse`` in its text, as PostgreSQL
    refuses a value it cannot store; ``down`` makes every write fail as a lost connection does."""

    def __init__(self, refuse: str = "Fassung Nummer 2 ", down: bool = False) -> None:
        super().__init__()
        self.refuse, self.down = refuse, down

    def save_documents(self, docs, input_names):
        from sqlalchemy.exc import DataError, OperationalError

        if self.down:
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        if any(self.refuse in d["article"]["text"] for d in docs):
            raise DataError("INSERT", {}, Exception("invalid byte sequence for encoding UTF8: 0x00"))
        return super().save_documents(docs, input_names)


def test_a_page_the_database_refuses_costs_only_itself(tmp_path):
    write_pages(tmp_path, many_pages(6))
    sink, summary = run([tmp_path], sink=RefusingSink(), batch_size=4)
    assert (summary.added, summary.failed) == (5, 1)
    [(name, reason)] = sink.errors
    assert name.endswith("seite-002.html") and reason.startswith("cannot be stored: invalid byte sequence")
    _, again = run([tmp_path], sink=sink, batch_size=4)  # a rerun does not stop at the same batch
    assert (again.added, again.known, again.failed) == (0, 5, 1) and len(sink.articles) == 5


def test_a_lost_connection_ends_the_run_instead_of_failing_every_page(tmp_path):
    from sqlalchemy.exc import OperationalError

    write_pages(tmp_path, many_pages(3))
    sink = RefusingSink(down=True)
    with pytest.raises(OperationalError):
        run([tmp_path], sink=sink, batch_size=2)
    assert sink.errors == [] and sink.articles == {}
