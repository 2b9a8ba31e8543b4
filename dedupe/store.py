"""Article texts kept on disk during a scan, so memory holds offsets, not a corpus.

A scan reads every text once to sketch it and again only for the documents of candidate pairs;
between the two, a million articles (several GB of text) would otherwise sit in memory. The
store appends each text (UTF-8) to an anonymous temporary file, which the system deletes when
the scan ends, however it ends, and reads a text back with ``os.pread``: safe from forked
workers sharing the file, with no seek position to race on. Small corpora stay in memory.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from typing import BinaryIO

# Below this many bytes of text in all, texts stay in memory (no file at all).
SPILL_BYTES = 64 * 1024 * 1024


class TextStore:
    """Append-only texts addressed by number: ``add`` returns it, ``get`` reads the text back."""

    def __init__(self, spill_bytes: int | None = None, directory: str | None = None) -> None:
        self._spill_bytes = SPILL_BYTES if spill_bytes is None else spill_bytes
        self._directory = directory
        self._memory: list[str] | None = []
        self._file: BinaryIO | None = None
        self._offsets = array("q")
        self._lengths = array("q")
        self._size = 0
        self._pending: list[bytes] = []
        self._pending_bytes = 0

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, text: str) -> int:
        """Keep ``text``; return its number (0, 1, 2, … in the order added)."""
        data = text.encode("utf-8", "surrogatepass")
        number = len(self._lengths)
        self._offsets.append(self._size)
        self._lengths.append(len(data))
        self._size += len(data)
        if self._memory is not None:
            self._memory.append(text)
            if self._size > self._spill_bytes:
                self._spill()
            return number
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= 1 << 20:
            self._flush()
        return number

    def _spill(self) -> None:
        assert self._memory is not None
        self._file = tempfile.TemporaryFile(dir=self._directory, prefix="dedupe-texts-")  # noqa: SIM115 - lives as long as the store
        self._pending = [text.encode("utf-8", "surrogatepass") for text in self._memory]
        self._pending_bytes = 0
        self._memory = None
        self._flush()

    def _flush(self) -> None:
        if self._pending and self._file is not None:
            self._file.write(b"".join(self._pending))
            self._file.flush()
        self._pending = []
        self._pending_bytes = 0

    def finish(self) -> None:
        """Write what is buffered: call once every text is added, before reading from workers."""
        self._flush()

    def get(self, number: int) -> str:
        """Text number ``number``."""
        if self._memory is not None:
            return self._memory[number]
        self._flush()
        assert self._file is not None
        data = os.pread(self._file.fileno(), self._lengths[number], self._offsets[number])
        return data.decode("utf-8", "surrogatepass")

    @property
    def on_disk(self) -> bool:
        """Whether the texts went to a temporary file."""
        return self._file is not None

    def close(self) -> None:
        """Drop the texts (the temporary file is deleted)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._memory = []

    def __enter__(self) -> TextStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
