"""Import-time banning inside the child.

Only the standard library and NumPy may be imported. An import hook at the front of
`sys.meta_path` refuses every other top-level module: when the import comes from the learner's
file it raises `Banned` (a BaseException, so `except Exception` does not swallow it, and the
attempt is recorded even if it is caught), otherwise a plain `ModuleNotFoundError` so NumPy's
own guarded optional imports keep working. `banned_calls` replaces listed functions and
methods with ones that raise `Banned`; for immutable extension types (NumPy's `Generator`,
`RandomState`) a subclass with the method overridden takes the type's place and its factory
(`default_rng`) is wrapped. This is best-effort by nature (a determined learner can dig the
original out through `__mro__`); the judge's static scan of the source backs it up.
"""

from __future__ import annotations

import functools
import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Callable, Sequence
from types import FrameType, ModuleType
from typing import Any, cast

SUBMISSION_FILE = "submission.py"
ALLOWED_THIRD_PARTY = frozenset({"numpy"})
_hits: list[str] = []
ZYGOTE_MODULES = frozenset({"_mldojo_harness", "pyseccomp", "landlock"})
"""Modules the zygote and its children still use until the lock-down is complete."""


class Banned(BaseException):
    """The learner used a library or call the problem does not allow (verdict BANNED)."""


def first_hit() -> str | None:
    return _hits[0] if _hits else None


def allowed_module(name: str) -> bool:
    top = name.partition(".")[0]
    return top in sys.stdlib_module_names or top in ALLOWED_THIRD_PARTY


def _from_submission(frame: FrameType | None) -> bool:
    """Is the nearest caller outside the import machinery the learner's file?"""
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename == SUBMISSION_FILE:
            return True
        if not (
            filename.startswith("<frozen importlib")
            or filename.endswith(("importlib/__init__.py", "harness/guard.py"))
        ):
            return False
        frame = frame.f_back
    return False


def _refuse(what: str, frame: FrameType | None) -> None:
    if _from_submission(frame):
        _hits.append(what)
        raise Banned(what)
    raise ModuleNotFoundError(f"No module named {what!r}", name=what)


class ImportGuard(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if allowed_module(fullname):
            return None
        _refuse(fullname.partition(".")[0], sys._getframe(1))
        return None


_purge: list[str] | None = None


def prepare_purge() -> None:
    """In the zygote: list once the loaded modules a child must forget.

    Walking all of `sys.modules` in every child touches hundreds of shared pages and pays a
    copy-on-write fault for each; the list made here keeps that walk out of the child.
    """
    global _purge
    _purge = []
    for name in [n for n in sys.modules if not allowed_module(n) and n != "__main__"]:
        if name.partition(".")[0] in ZYGOTE_MODULES:
            _purge.append(name)
        else:  # nothing in the zygote needs it: freeing it here spares every child the work
            del sys.modules[name]


def install_import_guard() -> None:
    """Forget every loaded module the learner may not import, then put the hook first."""
    names = _purge if _purge is not None else list(sys.modules)
    for name in names:
        if not allowed_module(name) and name != "__main__":
            sys.modules.pop(name, None)
    sys.meta_path.insert(0, ImportGuard())


def _banned_function(dotted: str) -> Callable[..., Any]:
    def banned(*args: Any, **kwargs: Any) -> Any:
        _hits.append(dotted)
        raise Banned(dotted)

    banned.__name__ = dotted.rpartition(".")[2]
    return banned


_subclasses: dict[type, type] = {}
_FACTORIES: dict[str, tuple[str, str]] = {
    "numpy.random._generator.Generator": ("numpy.random", "default_rng"),
}


def _replace_everywhere(old: Any, new: Any, prefix: str) -> None:
    for name, module in list(sys.modules.items()):
        if module is None or not (name == prefix or name.startswith(prefix + ".")):
            continue
        for attr, value in list(vars(module).items()):
            if value is old:
                setattr(module, attr, new)


def _ban_method(cls: type, name: str, dotted: str) -> None:
    banned = _banned_function(dotted)
    try:
        setattr(cls, name, banned)
        return
    except TypeError:  # an immutable extension type: stand a subclass in for it
        pass
    sub = _subclasses.get(cls)
    if sub is None:
        sub = type(cls.__name__, (cls,), {"__module__": cls.__module__})
        _subclasses[cls] = sub
        top = cls.__module__.partition(".")[0]
        _replace_everywhere(cls, sub, top)
        factory = _FACTORIES.get(f"{cls.__module__}.{cls.__qualname__}")
        if factory is not None:
            _wrap_factory(factory, cls, sub)
    setattr(sub, name, banned)


def _wrap_factory(where: tuple[str, str], cls: type, sub: type) -> None:
    module = importlib.import_module(where[0])
    original = getattr(module, where[1])

    @functools.wraps(original)
    def factory(*args: Any, **kwargs: Any) -> Any:
        made: Any = original(*args, **kwargs)
        if type(made) is cls:
            return sub(cast(Any, made).bit_generator)
        return made

    _replace_everywhere(original, factory, where[0].partition(".")[0])


def _ban(dotted: str) -> None:
    parts = dotted.split(".")
    module: ModuleType | None = None
    index = len(parts)
    while index > 0:
        try:
            module = importlib.import_module(".".join(parts[:index]))
            break
        except ImportError:
            index -= 1
    if module is None or index == len(parts):
        return
    owner: Any = module
    for part in parts[index:-1]:
        owner = getattr(owner, part)
    name = parts[-1]
    if isinstance(owner, type):
        _ban_method(owner, name, dotted)
        return
    original = getattr(owner, name)
    _replace_everywhere(original, _banned_function(dotted), parts[0])
    bound_to = getattr(original, "__self__", None)
    if bound_to is not None and not isinstance(bound_to, ModuleType):
        _ban_method(type(bound_to), name, dotted)  # random.sample -> random.Random.sample too


def install_banned_calls(names: Sequence[str]) -> list[str]:
    """Replace each dotted name with a function raising `Banned`; return names not found."""
    missing = []
    for dotted in names:
        try:
            _ban(dotted)
        except (AttributeError, TypeError, ValueError):
            missing.append(dotted)
    return missing
