"""Waiting out an unreachable database: transient errors are retried with growing waits, others raised at once."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from quellenlage.scale.retry import with_retries
from quellenlage.store.db import StoreError


def flaky(failures: list[Exception], result: str = "ok"):
    calls = []

    def call(arg):
        calls.append(arg)
        if failures:
            raise failures.pop(0)
        return result

    return call, calls


def down() -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception("connection refused"))


def test_transient_errors_are_retried_with_backoff():
    waits = []
    call, calls = flaky([down(), StoreError("cannot write"), down()])
    assert with_retries(call, "x", patience=60, sleep=waits.append) == "ok"
    assert calls == ["x"] * 4
    assert waits == [0.5, 1.0, 2.0]


def test_other_errors_are_not_retried():
    call, calls = flaky([IntegrityError("INSERT", {}, Exception("duplicate key"))])
    with pytest.raises(IntegrityError):
        with_retries(call, "x", patience=60, sleep=lambda _s: None)
    assert len(calls) == 1


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds + 0.25  # each try takes a while, too


@pytest.mark.parametrize(("patience", "waits"), [(5.0, [0.5, 1.0, 2.0]), (40.0, [0.5, 1.0, 2.0, 4.0, 8.0, 15.0])])
def test_gives_up_when_the_next_wait_would_pass_the_patience(patience, waits):
    fake = FakeTime()
    call, calls = flaky([down() for _ in range(100)])
    with pytest.raises(OperationalError):
        with_retries(call, "x", patience=patience, sleep=fake.sleep, clock=lambda: fake.now)
    assert fake.waits == waits  # the waits grow to at most 15 s, and the time waited stays within the patience
    assert len(calls) == len(waits) + 1


def test_a_retrying_sink_waits_out_every_store_call_and_counts_the_waits(monkeypatch):
    from quellenlage.ingest.sink import MemorySink
    from quellenlage.scale import retry
    from quellenlage.scale.retry import RetryingSink

    class Flaky(MemorySink):
        def __init__(self):
            super().__init__()
            self.outages = {"known_input_names": 1, "save_documents": 2, "record_error": 1}

        def down_once(self, call):
            if self.outages.get(call):
                self.outages[call] -= 1
                raise down()

        def known_input_names(self, names):
            self.down_once("known_input_names")
            return super().known_input_names(names)

        def save_documents(self, docs, input_names):
            self.down_once("save_documents")
            return super().save_documents(docs, input_names)

        def record_error(self, input_name, reason):
            self.down_once("record_error")
            super().record_error(input_name, reason)

    monkeypatch.setattr(retry.time, "sleep", lambda _s: None)
    waits: list[BaseException] = []
    sink = RetryingSink(Flaky(), patience=60, on_retry=waits.append)
    assert sink.known_input_names(["a"]) == set()
    doc = {"article": {"id": "x1", "url": None, "text": "t"}}
    assert sink.save_documents([doc], {"x1": "a"}).added == 1
    sink.record_error("b", "no article")
    assert sink.known_urls(["u"]) == set() and sink.recorded_errors_of(["b"]) == {("b", "no article")}
    assert len(waits) == 4
