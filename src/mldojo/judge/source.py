"""Checks on the submitted file before anything runs: size, encoding, syntax, imports.

Everything here is static (no learner code executes in the judge). `compile()` catches syntax
errors with a line and column; the AST scan reports `BANNED` for a forbidden import even when
it sits in a function that is never called, and for a banned call written out
(`rng.choice(...)`, `from random import sample`). The sandbox enforces the same rules at run
time for anything computed dynamically.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable

from mldojo.judge.verdicts import Verdict

MAX_SOURCE_BYTES = 1 << 20
ALLOWED_THIRD_PARTY = frozenset({"numpy"})


class SourceRejected(Exception):
    def __init__(self, verdict: Verdict, message: str) -> None:
        super().__init__(message)
        self.verdict = verdict
        self.message = message


def _ce(message: str) -> SourceRejected:
    return SourceRejected(Verdict.CE, message)


def decode_source(source: str | bytes) -> str:
    """The submission as text, or CE for empty, oversized, binary or non-UTF-8 input."""
    raw = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else bytes(source)
    if len(raw) > MAX_SOURCE_BYTES:
        size = len(raw) / (1 << 20)
        raise _ce(f"the file is {size:.1f} MiB; submissions are limited to 1 MiB")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise _ce(f"the file contains a NUL byte at offset {nul}; is it binary?")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _ce(f"the file is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise _ce("the file is empty")
    return text


def parse(text: str) -> ast.Module:
    try:
        tree = ast.parse(text, filename="submission.py")
        compile(tree, "submission.py", "exec", dont_inherit=True)
    except SyntaxError as exc:
        where = f"line {exc.lineno}, column {exc.offset}" if exc.lineno else "unknown line"
        raise _ce(f"syntax error at {where}: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise _ce(f"cannot compile the file: {type(exc).__name__}: {exc}") from None
    return tree


def allowed_import(name: str) -> bool:
    top = name.partition(".")[0]
    return top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY


def banned_imports(tree: ast.Module) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if not allowed_import(a.name)]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and not allowed_import(node.module)
        ):
            found.append((node.lineno, node.module))
    return found


def banned_call_uses(tree: ast.Module, banned: Iterable[str]) -> list[tuple[int, str]]:
    """Attribute uses (`x.choice`) and `from m import f` of the problem's banned calls.

    A name the learner defines themselves (a method called `shuffle`) is not flagged.
    """
    banned = list(banned)
    if not banned:
        return []
    own = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    }
    by_name: dict[str, str] = {}
    modules: dict[tuple[str, str], str] = {}
    for dotted in banned:
        module, _, name = dotted.rpartition(".")
        if name not in own:
            by_name.setdefault(name, dotted)
        modules[(module, name)] = dotted
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in by_name:
            found.append((node.lineno, by_name[node.attr]))
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                imported = modules.get((node.module, alias.name))
                if imported is not None:
                    found.append((node.lineno, imported))
    return found


def prepare_source(source: str | bytes, banned_calls: Iterable[str] = ()) -> str:
    """Return the source text, or raise SourceRejected with CE or BANNED and a clear message."""
    text = decode_source(source)
    tree = parse(text)
    imports = banned_imports(tree)
    if imports:
        line, name = imports[0]
        raise SourceRejected(
            Verdict.BANNED,
            f"line {line} imports `{name}`: only the standard library and NumPy are allowed",
        )
    calls = banned_call_uses(tree, banned_calls)
    if calls:
        line, name = calls[0]
        raise SourceRejected(Verdict.BANNED, f"line {line} uses `{name}`, banned in this problem")
    return text
