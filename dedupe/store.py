"""Article texts kept on disk during a scan, so memory holds offsets, not a corpus.

A scan reads every text once to sketch it and again only for the documents of candidate pairs;
between the two, a million articles (several GB of text) would otherwise sit in memory. The
store appends each text (UTF-8) to an anonymous temporary file, which the system deletes when
the scan ends, however it ends, and reads a text back with ``os.pread``: safe from forked
workers sharing the file, with no seek position to race on. Small corpora stay in memory.

A run of consecutive texts can be handed to a forked worker as :class:`StoredTexts` while texts
are still being added: where its bytes are in the file (the worker reads them with the
descriptor it shares), or, while the store is in memory, the bytes themselves.
"""

from __future__ import annotations

import bisect
import os
import tempfile
from array import array
from dataclasses import dataclass
from typing import BinaryIO

# Below this many bytes of text in all, texts stay in memory (no file at all).
SPILL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class StoredTexts:
    """Consecutive texts of a store, as UTF-8 bytes of ``sizes``: at ``offset`` in the file open
    as ``descriptor``, or carried in ``data``."""

    sizes: tuple[int, ...]
    descriptor: int = -1
    offset: int = 0
    data: bytes = b""
    # The file's device and inode: a worker forked before the file was made has no such
    # descriptor (or another file under that number).
    file: tuple[int, int] = (0, 0)

    def read(self) -> list[memoryview]:
        """Each text's bytes (views of one buffer)."""
        data = self.data
        if self.descriptor >= 0:
            try:
                info = os.fstat(self.descriptor)
            except OSError:
                info = None
            if info is None or (info.st_dev, info.st_ino) != self.file:
                raise RuntimeError("the text store's file is not open in this process (forked before it was made?)")
            data = _pread_exactly(self.descriptor, sum(self.sizes), self.offset)
        view = memoryview(data)
        texts = []
        position = 0
        for size in self.sizes:
            texts.append(view[position : position + size])
            position += size
        return texts


def _pread_exactly(descriptor: int, size: int, offset: int) -> bytes:
    pieces = []
    while size > 0:
        piece = os.pread(descriptor, size, offset)
        if not piece:
            raise EOFError(f"the text store ends {size:,} bytes short")
        pieces.append(piece)
        size -= len(piece)
        offset += len(piece)
    return b"".join(pieces)


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
        self._written = 0

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
        self._open_file()
        self._pending = [text.encode("utf-8", "surrogatepass") for text in self._memory]
        self._pending_bytes = 0
        self._memory = None
        self._flush()

    def _open_file(self) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile(dir=self._directory, prefix="dedupe-texts-")  # noqa: SIM115 - lives as long as the store

    def _flush(self) -> None:
        if self._pending and self._file is not None:
            self._file.write(b"".join(self._pending))
            self._file.flush()
        self._pending = []
        self._pending_bytes = 0
        if self._memory is None:
            self._written = len(self._lengths)

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
    def readable(self) -> int:
        """How many texts (the first ones) ``stored`` can hand out now: those in the file (the
        rest are buffered), or every one while texts stay in memory."""
        return len(self._lengths) if self._memory is not None else self._written

    @property
    def size(self) -> int:
        """UTF-8 bytes of all texts."""
        return self._size

    def size_before(self, number: int) -> int:
        """UTF-8 bytes of the texts before text ``number`` (``len(store)``: of all)."""
        return self._offsets[number] if number < len(self._offsets) else self._size

    def run_end(self, first: int, end: int, size: int) -> int:
        """The end of the longest run of texts from ``first`` (one text at least, ``end`` at most)
        that holds at most ``size`` bytes."""
        limit = self.size_before(first) + size
        if self.size_before(end) <= limit:
            return end
        # Texts before the first one (past ``first``) to start beyond the limit, but the last.
        return max(first + 1, bisect.bisect_right(self._offsets, limit, first + 1, end) - 1)

    def stored(self, first: int, last: int) -> StoredTexts:
        """Texts ``first`` to ``last - 1`` (all ``readable``), to read back in a forked worker."""
        assert 0 <= first <= last <= self.readable
        sizes = tuple(self._lengths[first:last])
        if self._memory is not None:
            # The file is made now, empty: workers forked from here on share it, and read from it
            # the texts handed out once the store spills.
            self._open_file()
            data = b"".join(text.encode("utf-8", "surrogatepass") for text in self._memory[first:last])
            return StoredTexts(sizes, data=data)
        assert self._file is not None
        descriptor = self._file.fileno()
        info = os.fstat(descriptor)
        return StoredTexts(sizes, descriptor, self.size_before(first), file=(info.st_dev, info.st_ino))

    @property
    def on_disk(self) -> bool:
        """Whether the texts went to a temporary file."""
        return self._memory is None

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
