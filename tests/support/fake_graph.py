"""A local stand-in for Facebook's Graph API Send endpoint, for the Messenger tests.

The Rasa server's Facebook channel posts replies to `$FACEBOOK_GRAPH_URL/me/messages`
(see bot/rasa/channels/facebook.py); tests point that at `FakeGraph.url` and read what arrived.
It answers like the real API (`{"recipient_id": ..., "message_id": ...}`) and keeps every
request: path, query (the page access token) and JSON body.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit

API_VERSION = "v2.12"


@dataclass
class GraphCall:
    method: str
    path: str
    query: dict
    body: dict
    at: float = field(default_factory=time.time)

    @property
    def recipient(self) -> str | None:
        return (self.body.get("recipient") or {}).get("id")

    @property
    def message(self) -> dict | None:
        return self.body.get("message")

    @property
    def sender_action(self) -> str | None:
        return self.body.get("sender_action")


class FakeGraph:
    """Serve on 127.0.0.1:`port` in a thread: `with FakeGraph(port) as graph: ...`."""

    def __init__(self, port: int = 0) -> None:
        self.calls: list[GraphCall] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {"_raw": raw.decode("utf-8", "replace")}
                split = urlsplit(self.path)
                call = GraphCall("POST", split.path, {k: v[0] for k, v in parse_qs(split.query).items()},
                                 body)
                with fake._lock:
                    fake.calls.append(call)
                    number = len(fake.calls)
                if split.path.endswith("/me/messages"):
                    answer = {"recipient_id": call.recipient}
                    if call.message is not None:
                        answer["message_id"] = f"m_fake_{number}"
                    self._reply(200, answer)
                else:
                    self._reply(404, {"error": {"message": f"unknown path {split.path}"}})

            def _reply(self, status: int, data: dict) -> None:
                encoded = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(encoded)))
                self.end_headers()
                self.wfile.write(encoded)

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """What FACEBOOK_GRAPH_URL should be (the real one is https://graph.facebook.com/v2.12)."""
        return f"http://127.0.0.1:{self.port}/{API_VERSION}"

    def __enter__(self) -> "FakeGraph":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    def snapshot(self) -> list[GraphCall]:
        with self._lock:
            return list(self.calls)

    def messages(self, recipient: str | None = None) -> list[dict]:
        """The `message` objects sent (not sender actions), oldest first."""
        return [c.message for c in self.snapshot()
                if c.message is not None and (recipient is None or c.recipient == recipient)]

    def wait_for(self, done: Callable[[list[GraphCall]], bool], timeout: float = 30) -> list[GraphCall]:
        deadline = time.monotonic() + timeout
        while True:
            calls = self.snapshot()
            if done(calls) or time.monotonic() > deadline:
                return calls
            time.sleep(0.05)
