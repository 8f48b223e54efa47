"""A fake ESC/POS network printer: a socket server on localhost that keeps every job's bytes."""

from __future__ import annotations

import socket
import threading


class FakePrinter:
    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while data := conn.recv(65536):
                    chunks.append(data)
                self.jobs.append(b"".join(chunks))

    def wait_for(self, count: int, timeout: float = 5.0) -> list[bytes]:
        import time

        end = time.monotonic() + timeout
        while len(self.jobs) < count and time.monotonic() < end:
            time.sleep(0.01)
        return self.jobs

    def close(self) -> None:
        self._stop = True
        try:
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the thread
        except OSError:
            pass
        self.server.close()
        self._thread.join(timeout=5)


def closed_port() -> int:
    """A port on localhost where nothing listens: a printer that is switched off."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]
