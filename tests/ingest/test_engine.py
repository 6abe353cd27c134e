"""The one ingest engine: executors plug in, batches are let go only once written, memory is bounded."""

from __future__ import annotations

from quellenlage.document import RawInput
from quellenlage.ingest import engine as engine_module
from quellenlage.ingest.engine import IngestEngine
from quellenlage.ingest.parallel import in_process, process_pool
from quellenlage.ingest.readers import InputError
from quellenlage.ingest.sink import MemorySink
from quellenlage.ingest.sources import iter_sources
from quellenlage.pipeline import Pipeline
from tests.ingest import stages
from tests.ingest.pages import many_pages, write_pages


def items(tmp_path, n=5):
    write_pages(tmp_path, many_pages(n))
    return [*iter_sources([tmp_path]), InputError(str(tmp_path / "gone.html"), "no such file")]


def test_both_local_executors_store_the_same_through_the_same_engine(tmp_path):
    inputs = items(tmp_path)
    here, pool = MemorySink(), MemorySink()
    a = IngestEngine(here, in_process(Pipeline(replace=stages.stages())), batch_size=2).run(inputs)
    b = IngestEngine(pool, process_pool(2, stages.stages()), batch_size=2).run(inputs)
    assert (a.added, a.failed) == (b.added, b.failed) == (5, 1)
    assert here.articles == pool.articles and here.inputs == pool.inputs
    assert here.errors == pool.errors == [(str(tmp_path / "gone.html"), "no such file")]


def recording(seen: list[str]):
    """An executor of our own: the in-process one, noting the name of every input it analyses."""
    analyse = in_process(Pipeline(replace=stages.stages()))

    def executor(inputs):
        for result in analyse(inputs):
            seen.append(result.name)
            yield result

    return executor


def test_an_executor_is_any_function_from_inputs_to_results(tmp_path):
    seen: list[str] = []
    sink = MemorySink()
    summary = IngestEngine(sink, recording(seen)).run(items(tmp_path, 3))
    assert summary.added == 3 and sorted(seen) == sorted(sink.inputs.values())


class InterruptedOnce(MemorySink):
    """Ctrl-C (or SIGTERM) arrives while the first batch is being written: its transaction is rolled back."""

    def __init__(self) -> None:
        super().__init__()
        self.interrupted = False

    def save_documents(self, docs, input_names):
        if not self.interrupted:
            self.interrupted = True
            raise KeyboardInterrupt
        return super().save_documents(docs, input_names)


def test_a_batch_interrupted_while_written_is_written_by_the_last_flush(tmp_path):
    sink = InterruptedOnce()
    engine = IngestEngine(sink, in_process(Pipeline(replace=stages.stages())), batch_size=3)
    try:
        engine.run(items(tmp_path, 5))
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("the interrupt was swallowed")
    assert sink.interrupted and len(sink.articles) == 3  # the batch under way is written, not dropped
    assert engine.summary.added == 3 and engine.summary.pending == 0


def test_a_known_input_is_not_analysed_again(tmp_path):
    inputs = items(tmp_path, 4)
    sink = MemorySink()
    IngestEngine(sink, in_process(Pipeline(replace=stages.stages()))).run(inputs[:2])
    analysed: list[str] = []

    def executor(stream):
        for raw in stream:
            analysed.append(raw.name)
            yield from in_process(Pipeline(replace=stages.stages()))(iter([raw]))

    summary = IngestEngine(sink, executor).run(inputs)
    assert (summary.added, summary.known) == (2, 2)
    assert analysed == [x.name for x in inputs[2:4]]
    assert len(sink.errors) == 1  # the unreadable input, recorded once across both runs


def test_the_pages_held_at_once_are_bounded_by_count_and_size(monkeypatch):
    monkeypatch.setattr(engine_module, "LOOKAHEAD_CHARS", 1000)
    small = [RawInput(name=f"s{i}", content="x" * 10, kind="text") for i in range(70)]
    assert [len(c) for c in engine_module.chunks(iter(small))] == [32, 32, 6]
    large = [RawInput(name=f"l{i}", content="x" * 400, kind="text") for i in range(7)]
    assert [len(c) for c in engine_module.chunks(iter(large))] == [3, 3, 1]


def test_an_item_a_source_knows_is_stored_is_counted_as_known_not_analysed(tmp_path):
    from dataclasses import dataclass

    @dataclass
    class Known:  # what a source yields for a page it knows is stored (as the URL fetcher does)
        name: str

    analysed: list[str] = []
    inputs = items(tmp_path, 2)
    summary = IngestEngine(MemorySink(), recording(analysed)).run([Known("https://example.org/schon-da"), *inputs])
    assert (summary.known, summary.added, summary.failed) == (1, 2, 1)
    assert len(analysed) == 2
