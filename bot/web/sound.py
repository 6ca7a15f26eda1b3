"""The crisis alert sound: two short tones, made here with the `wave` module (no downloads)."""
from __future__ import annotations

import io
import math
import struct
import wave
from functools import lru_cache

RATE = 22050


@lru_cache(maxsize=1)
def alert_wav() -> bytes:
    frames = bytearray()

    def tone(freq: float, seconds: float) -> None:
        count = int(RATE * seconds)
        fade = int(RATE * 0.01)
        for i in range(count):
            envelope = min(1.0, i / fade, (count - i) / fade)
            sample = 0.5 * envelope * math.sin(2 * math.pi * freq * i / RATE)
            frames.extend(struct.pack("<h", int(sample * 32767)))

    def silence(seconds: float) -> None:
        frames.extend(b"\x00\x00" * int(RATE * seconds))

    tone(880, 0.18)
    silence(0.08)
    tone(1175, 0.18)
    silence(0.08)
    tone(880, 0.18)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
