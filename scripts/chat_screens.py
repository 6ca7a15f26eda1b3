"""Copies the acceptance screenshots of issue 19 from results/screens/ (written by
tests/web/test_chat_mobile.py) to docs/chat-screens/, as small palette PNGs.

    .venv/bin/python -m pytest tests/web/test_chat_mobile.py
    .venv/bin/python scripts/chat_screens.py
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCE, TARGET = ROOT / "results" / "screens", ROOT / "docs" / "chat-screens"
SHOTS = [f"{kind}-{width}" for width in (320, 375, 1280)
         for kind in ("first", "long", "keyboard", "crisis")] + ["person-375", "not-sent-375", "no-js-320"]


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    total = 0
    for name in SHOTS:
        image = Image.open(SOURCE / f"{name}.png").convert("RGB")
        small = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        out = TARGET / f"{name}.png"
        small.save(out, optimize=True)
        total += out.stat().st_size
        print(f"{out.relative_to(ROOT)}  {image.width}x{image.height}  {out.stat().st_size // 1024} KB")
    print(f"{len(SHOTS)} screenshots, {total // 1024} KB")


if __name__ == "__main__":
    main()
