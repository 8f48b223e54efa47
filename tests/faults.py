"""Faults on demand for tests: a full filesystem, a tiny tmpfs filled to the last byte
(mounting needs root; the tests that use it are skipped otherwise)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path


def can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@contextlib.contextmanager
def full_filesystem(folder: Path, size_kib: int = 64):
    """`folder` on a filesystem with no free space left; unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
        check=True,
    )
    try:
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:  # ENOSPC: the filesystem is full
            pass
        finally:
            os.close(fd)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
