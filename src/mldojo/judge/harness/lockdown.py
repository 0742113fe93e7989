"""The child's lock-down, and the zygote-side preparation it needs.

Order in the child (judge-sandbox.md, Appendix A): new session, close every inherited
descriptor, empty network namespace, per-slot uid (root only), rlimits, Landlock read-only
file system, seccomp deny-list with signals restricted to the child's own pid. Each layer is
optional where the platform lacks it; the zygote probes them once at start-up and reports
which are active, so `mldojo doctor` can say so loudly.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import math
import os
import resource
import stat
import sysconfig
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
PR_SET_PDEATHSIG = 1
SLOT_UID_BASE = 60000
NPROC_LIMIT = 8
NOFILE_LIMIT = 64

_libc = ctypes.CDLL(None, use_errno=True)


class LockdownError(Exception):
    def __init__(self, layer: str, message: str) -> None:
        super().__init__(f"{layer}: {message}")
        self.layer = layer


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def set_parent_death_signal() -> None:
    """The zygote dies with the judge that started it."""
    _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)


# --- the zygote's view of the file system -----------------------------------------------


def world_reachable(path: str) -> bool:
    """Can an unrelated uid open `path` (every ancestor searchable, the path readable)?"""
    parts = os.path.abspath(path).split(os.sep)
    for i in range(2, len(parts)):
        mode = os.stat(os.sep.join(parts[:i]) or os.sep).st_mode
        if not mode & stat.S_IXOTH:
            return False
    mode = os.stat(path).st_mode
    need = stat.S_IROTH | (stat.S_IXOTH if stat.S_ISDIR(mode) else 0)
    return mode & need == need


def _blocking_ancestor(path: str) -> str | None:
    parts = os.path.abspath(path).split(os.sep)
    for i in range(2, len(parts)):
        ancestor = os.sep.join(parts[:i])
        if not os.stat(ancestor).st_mode & stat.S_IXOTH:
            return ancestor
    return None


def expose_private_paths(paths: Iterable[str]) -> list[str]:
    """Make `paths` reachable for per-slot uids without changing the host (root only).

    The zygote moves into a private mount namespace and covers each directory that others
    cannot search (e.g. `/root`, where pyenv installs the interpreter) with an empty tmpfs of
    mode 0755, then bind-mounts back exactly the paths the child needs. Everything else under
    that directory disappears from the zygote's and the child's view, which also hides it.
    Returns the directories covered.
    """
    groups: dict[str, list[str]] = {}
    for path in paths:
        blocker = _blocking_ancestor(path)
        if blocker is not None:
            groups.setdefault(blocker, []).append(os.path.abspath(path))
    if not groups:
        return []
    _check(_libc.unshare(CLONE_NEWNS), "unshare(CLONE_NEWNS)")
    _check(_libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None), "mount --make-rprivate /")
    os.chdir("/")
    for blocker, needed in sorted(groups.items()):
        fds = {p: os.open(p, os.O_PATH) for p in sorted(set(needed))}
        try:
            _check(
                _libc.mount(b"tmpfs", blocker.encode(), b"tmpfs", 0, b"mode=0755,size=1m"),
                f"mount tmpfs on {blocker}",
            )
            for target, fd in fds.items():
                if stat.S_ISDIR(os.fstat(fd).st_mode):
                    os.makedirs(target, mode=0o755, exist_ok=True)
                else:
                    os.makedirs(os.path.dirname(target), mode=0o755, exist_ok=True)
                    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o644))
                source = f"/proc/self/fd/{fd}".encode()
                _check(
                    _libc.mount(source, target.encode(), None, MS_BIND | MS_REC, None),
                    f"bind {target}",
                )
        finally:
            for fd in fds.values():
                os.close(fd)
    return sorted(groups)


@dataclass(frozen=True)
class Grant:
    path: str
    kind: str  # "tree": read files and list dirs; "list": list only; "file"; "dev"


def _is_ancestor(path: str, other: str) -> bool:
    path, other = os.path.realpath(path), os.path.realpath(other)
    return other == path or other.startswith(path.rstrip(os.sep) + os.sep)


def read_grants(
    stdlib_dirs: Iterable[str], package_dirs: Iterable[str], forbidden: Iterable[str]
) -> tuple[list[Grant], list[str]]:
    """What the child may read: the stdlib (minus its site-packages), NumPy, shared libraries.

    Grants that would expose a forbidden path (mldojo's package, the bank, the data dir) are
    dropped and reported, never silently widened.
    """
    grants: list[Grant] = []
    for directory in stdlib_dirs:
        if not os.path.isdir(directory):
            continue
        grants.append(Grant(directory, "list"))
        for entry in sorted(os.listdir(directory)):
            if entry in ("site-packages", "dist-packages"):
                continue
            path = os.path.join(directory, entry)
            grants.append(Grant(path, "tree" if os.path.isdir(path) else "file"))
    for directory in package_dirs:
        grants.append(Grant(directory, "tree"))
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    libs = [f"/lib/{multiarch}", f"/usr/lib/{multiarch}"] if multiarch else []
    for directory in (*libs, "/lib64", "/usr/lib64", "/usr/share/zoneinfo"):
        grants.append(Grant(directory, "tree"))
    grants += [Grant("/etc/ld.so.cache", "file"), Grant("/etc/localtime", "file")]
    grants += [Grant(p, "dev") for p in ("/dev/null", "/dev/zero", "/dev/urandom")]
    kept, dropped = [], []
    forbidden = [f for f in forbidden if f]
    seen: set[str] = set()
    for grant in grants:
        if grant.path in seen or not os.path.exists(grant.path):
            continue
        seen.add(grant.path)
        if grant.kind != "list" and any(_is_ancestor(grant.path, f) for f in forbidden):
            dropped.append(grant.path)
        else:
            kept.append(grant)
    return kept, dropped


def build_ruleset(grants: Iterable[Grant]) -> Any:
    """A Landlock ruleset granting read-only access to `grants`; raises if unavailable."""
    import landlock
    from landlock import FSAccess

    listing = FSAccess.READ_DIR
    tree = FSAccess.EXECUTE | FSAccess.READ_FILE | FSAccess.READ_DIR
    file_rights = FSAccess.EXECUTE | FSAccess.READ_FILE
    dev = FSAccess.READ_FILE | FSAccess.WRITE_FILE
    ruleset = landlock.Ruleset()
    for grant in grants:
        is_dir = os.path.isdir(grant.path)
        if grant.kind == "dev":
            rights = dev
        elif not is_dir:
            rights = file_rights
        else:
            rights = listing if grant.kind == "list" else tree
        ruleset.allow(grant.path, rules=rights)
    return ruleset


DENIED_SYSCALLS = (
    "fork", "vfork", "execve", "execveat", "socket", "socketpair", "ptrace",
    "process_vm_readv", "process_vm_writev", "unshare", "setns", "mount", "umount2",
    "pivot_root", "chroot", "bpf", "perf_event_open", "keyctl", "add_key", "request_key",
    "userfaultfd", "io_uring_setup", "memfd_create", "personality", "kcmp", "pidfd_open",
    "pidfd_getfd", "pidfd_send_signal", "name_to_handle_at", "open_by_handle_at",
    "fanotify_init", "open_tree", "move_mount", "fsopen", "fsmount", "quotactl",
    "swapon", "swapoff", "reboot", "kexec_load", "init_module", "finit_module",
    "delete_module", "acct", "setsid", "setpgid",
)  # fmt: skip
SIGNAL_SYSCALLS = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")


def load_seccomp(own_pid: int) -> None:
    """Deny new processes, sockets, tracing, namespaces; signals only to `own_pid`."""
    import pyseccomp as sc

    deny = sc.ERRNO(errno.EPERM)
    flt = sc.SyscallFilter(defaction=sc.ALLOW)
    flt.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, 0x00010000, 0))  # no CLONE_THREAD
    flt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")  # glibc falls back to clone(2)
    for name in DENIED_SYSCALLS:
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # not on this architecture
            flt.add_rule(deny, name)
    for name in SIGNAL_SYSCALLS:
        flt.add_rule(deny, name, sc.Arg(0, sc.NE, own_pid))
    flt.load()


# --- the child ------------------------------------------------------------------------


@dataclass
class Plan:
    """Which layers the child applies. The zygote fills it from its start-up probe."""

    slot: int = 0
    uid_drop: bool = False
    netns_flags: int = 0
    ruleset: Any = None
    seccomp: bool = False
    disabled: dict[str, str] = field(default_factory=dict)


def _close_inherited(keep: set[int]) -> None:
    low = 3
    for fd in sorted(keep | {1 << 16}):
        if fd >= low:
            os.closerange(low, fd)
            low = fd + 1


def _setrlimit(which: int, soft: int, hard: int) -> None:
    cur_soft, cur_hard = resource.getrlimit(which)
    if cur_hard != resource.RLIM_INFINITY:
        hard = min(hard, cur_hard)
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))


def child_steps(
    plan: Plan, cpu_seconds: float, keep: set[int]
) -> list[tuple[str, Callable[[], None]]]:
    """The lock-down as named steps, so the probe can report each layer separately."""
    keep = set(keep) | ({plan.ruleset._fd} if plan.ruleset is not None else set())
    parent = os.getppid()

    def session() -> None:
        os.setsid()
        _close_inherited(keep)

    def netns() -> None:
        _check(_libc.unshare(plan.netns_flags), "unshare")

    def uid() -> None:
        target = SLOT_UID_BASE + plan.slot
        os.setgroups([])
        os.setresgid(target, target, target)
        os.setresuid(target, target, target)
        resource.setrlimit(resource.RLIMIT_NPROC, (NPROC_LIMIT, NPROC_LIMIT))

    def rlimits() -> None:
        _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)  # cleared by the uid change: set it again
        if os.getppid() != parent:
            os._exit(71)
        cpu = max(1, math.ceil(cpu_seconds))
        _setrlimit(resource.RLIMIT_CPU, cpu, cpu + 1)
        _setrlimit(resource.RLIMIT_FSIZE, 0, 0)
        _setrlimit(resource.RLIMIT_NOFILE, NOFILE_LIMIT, NOFILE_LIMIT)
        _setrlimit(resource.RLIMIT_CORE, 0, 0)
        os.chdir("/")

    def landlock() -> None:
        plan.ruleset.apply()
        os.close(plan.ruleset._fd)

    def seccomp() -> None:
        load_seccomp(os.getpid())

    steps: list[tuple[str, Callable[[], None]]] = [("session", session)]
    if plan.netns_flags:
        steps.append(("netns", netns))
    if plan.uid_drop:
        steps.append(("uid-drop", uid))
    steps.append(("rlimits", rlimits))
    if plan.ruleset is not None:
        steps.append(("landlock", landlock))
    if plan.seccomp:
        steps.append(("seccomp", seccomp))
    return steps


def lock_down(plan: Plan, cpu_seconds: float, keep: set[int]) -> None:
    for name, step in child_steps(plan, cpu_seconds, keep):
        try:
            step()
        except Exception as exc:
            raise LockdownError(name, str(exc)) from None


def vm_size_bytes() -> int:
    with open("/proc/self/status", "rb") as handle:
        for line in handle:
            if line.startswith(b"VmSize:"):
                return int(line.split()[1]) * 1024
    raise OSError("VmSize not found")


def limit_memory(budget_bytes: int, baseline: int) -> None:
    """RLIMIT_AS = the address space already mapped (NumPy included) + the budget."""
    total = baseline + budget_bytes
    resource.setrlimit(resource.RLIMIT_AS, (total, total))


def running_as_root() -> bool:
    return os.geteuid() == 0


def python_dirs(base_path: Iterable[str]) -> list[str]:
    """The interpreter's own module directories (stdlib, lib-dynload) from a `-S` sys.path."""
    return [p for p in base_path if p and os.path.isdir(p)]
