"""Keep what was fetched: every response written to a WARC file as it arrives (warcio).

The file is the same kind ``quellenlage ingest`` reads (``crawl.warc.gz``), so a run can be
analysed again later, offline, from what the servers sent. The body is written as
received after content decoding (httpx undoes gzip), so ``Content-Encoding`` is dropped
from the stored headers and ``Content-Length`` set to the stored length. Writes from
several fetching threads go through one lock, one gzip member per record.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DROPPED = {"content-encoding", "transfer-encoding", "content-length"}


class WarcOut:
    """A WARC(.gz) file open for appending responses; use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._fh = self.path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=self.path.name.endswith(".gz"))
        self._lock = threading.Lock()
        self.records = 0

    def __enter__(self) -> WarcOut:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def write(self, got) -> None:
        """Write one :class:`~quellenlage.fetch.client.Fetched` response (status, headers, body)."""
        headers = [(k, v) for k, v in got.headers.multi_items() if k.lower() not in DROPPED]
        headers.append(("Content-Length", str(len(got.body))))
        status = StatusAndHeaders(f"{got.status} {got.reason}".strip(), headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(got.final_url, "response", payload=io.BytesIO(got.body),
                                                 length=len(got.body), http_headers=status)
        with self._lock:
            self._writer.write_record(record)
            self._fh.flush()
            self.records += 1

    def close(self) -> None:
        with self._lock:
            self._fh.close()
