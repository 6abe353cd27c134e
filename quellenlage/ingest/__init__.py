"""Getting inputs in: files, directories, stdin (readers); feeds and WARC files come later."""

from .readers import InputError, iter_inputs, read_bytes, read_file, sniff_kind

__all__ = ["InputError", "iter_inputs", "read_bytes", "read_file", "sniff_kind"]
