"""Read a function's or class's source straight from an installed module's file (patched or
not), for the contract tests: a hash of what each patch of bot/rasa relies on."""
from __future__ import annotations

import ast
import hashlib
import importlib.util
from pathlib import Path


def source_of(module: str, qualname: str) -> str:
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin, module
    text = Path(spec.origin).read_text(encoding="utf-8")
    node: ast.AST = ast.parse(text)
    for name in qualname.split("."):
        body = getattr(node, "body", [])
        found = [n for n in body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                 and n.name == name]
        assert found, f"{module}.{qualname}: no {name!r} any more"
        node = found[-1]
    segment = ast.get_source_segment(text, node)
    assert segment is not None
    return segment


def digest(module: str, qualname: str) -> str:
    return hashlib.sha256(source_of(module, qualname).encode("utf-8")).hexdigest()[:16]
