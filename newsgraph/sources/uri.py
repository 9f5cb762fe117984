"""Local paths and URIs that pyarrow can open (``s3://``, ``gs://``, ``file://``), so
``newsgraph scale`` reads a crawl straight from object storage with the same readers."""

from __future__ import annotations

from pathlib import PurePosixPath
from types import SimpleNamespace

import pyarrow.fs as pafs


def open_uri(uri: str) -> tuple[pafs.FileSystem, str, str]:
    """The filesystem of a path or URI, the path inside it and the prefix that rebuilds a URI."""
    if "://" not in uri:
        return pafs.LocalFileSystem(), str(PurePosixPath(uri)), ""
    filesystem, inner = pafs.FileSystem.from_uri(uri)
    scheme = uri.split("://", 1)[0]
    return filesystem, inner, "" if scheme == "file" else f"{scheme}://"


def files_in(name: str, suffixes: tuple[str, ...]) -> tuple[list[str], str | None]:
    """The files an input names (a folder's files with these suffixes, sorted; a file as
    it is), or why there are none."""
    filesystem, inner, prefix = open_uri(name)
    info = filesystem.get_file_info(inner)
    if info.type == pafs.FileType.NotFound:
        return [], "no such file or folder"
    if info.type != pafs.FileType.Directory:
        return [prefix + inner], None
    found = filesystem.get_file_info(pafs.FileSelector(inner, recursive=True))
    wanted = sorted(
        prefix + i.path for i in found if i.type == pafs.FileType.File and i.path.endswith(suffixes)
    )
    return wanted, None if wanted else f"no {', '.join(suffixes)} files here"


class StreamPath:
    """What the readers need of a :class:`~pathlib.Path` (``open``, ``stat().st_size``,
    ``stem`` and ``str``), over any pyarrow filesystem."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        self.stem = PurePosixPath(uri).stem

    def open(self, _mode: str = "rb"):
        filesystem, inner, _ = open_uri(self.uri)
        # warcio undoes the per-record gzip itself; pyarrow must hand over the raw bytes.
        return filesystem.open_input_stream(inner, compression=None)

    def stat(self) -> SimpleNamespace:
        filesystem, inner, _ = open_uri(self.uri)
        return SimpleNamespace(st_size=filesystem.get_file_info(inner).size or 0)

    def __str__(self) -> str:
        return self.uri
