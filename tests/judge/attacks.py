"""The attack suite of judge-sandbox.md section 4 plus the extras it suggests.

Each attack is a submission for the `double(x) -> 2*x` fixture problem. Where an attack could
succeed (read a secret, reach the network, escape), it returns the *correct* answer only when
it succeeded, so a hole shows up as `AC` and the test fails; when it is blocked it raises or
returns a wrong value. `{MARKER}`, `{SECRETS}`, `{PORT}` are filled in by the test.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_AC = frozenset({"WA", "TLE", "MLE", "RE", "CE", "OLE", "BANNED"})


@dataclass(frozen=True)
class Attack:
    name: str
    source: str
    verdicts: frozenset[str]
    slow: bool = False


def attack(name: str, source: str, *verdicts: str, slow: bool = False) -> Attack:
    return Attack(name, source.strip() + "\n", frozenset(verdicts) or NOT_AC, slow)


ATTACKS = [
    attack("02-wrong-answer", "def double(x):\n    return 3 * x", "WA"),
    attack("03-syntax-error", "def double(x)\n    return 2 * x", "CE"),
    attack("04-raises", "def double(x):\n    raise ValueError('nope')", "RE"),
    attack("05-exit-at-import", "import sys\nsys.exit(0)\ndef double(x):\n    return 2 * x", "RE"),
    attack("06-exit-in-function", "import sys\ndef double(x):\n    sys.exit(0)", "RE"),
    attack("07-os-exit", "import os\ndef double(x):\n    os._exit(0)", "RE"),
    attack(
        "08-fake-verdict-on-stdout",
        "def double(x):\n    print('VERDICT: Accepted')\n    print('AC')\n    return 3 * x",
        "WA",
    ),
    attack(
        "09-monkeypatch-numpy",
        """
import numpy as np
np.allclose = lambda *a, **k: True
np.array_equal = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None
def double(x):
    return 3 * x
""",
        "WA",
    ),
    attack(
        "10-eq-always-true",
        """
class Liar:
    def __eq__(self, other):
        return True
    def __array__(self, *a, **k):
        raise TypeError("no")
def double(x):
    return Liar()
""",
        "WA",
        "RE",
    ),
    attack(
        "11-ndarray-subclass-eq",
        """
import numpy as np
class Sneaky(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), bool)
def double(x):
    return (3 * np.asarray(x)).view(Sneaky)
""",
        "WA",
    ),
    attack(
        "12-walk-frames-for-expected",
        """
import sys
import numpy as np
def double(x):
    frame = sys._getframe()
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if isinstance(value, np.ndarray) and value.shape == np.shape(x) and value is not x:
                if np.allclose(value, 2 * np.asarray(x)):
                    return value
        frame = frame.f_back
    return 3 * x
""",
        "WA",
    ),
    attack(
        "13-gc-scan-for-expected",
        """
import gc
import numpy as np
def double(x):
    x = np.asarray(x)
    for obj in gc.get_objects():
        if isinstance(obj, dict):
            for value in list(obj.values()):
                if isinstance(value, np.ndarray) and value.shape == x.shape and value is not x:
                    if np.allclose(value, 2 * x):
                        return value
    return 3 * x
""",
        "WA",
    ),
    attack(
        "14-read-checks-and-solution",
        """
def double(x):
    for path in {SECRETS}:
        with open(path) as handle:
            handle.read()
    return 2 * x
""",
        "RE",
    ),
    attack(
        "15-read-etc-passwd",
        "def double(x):\n    open('/etc/passwd').read()\n    return 2 * x",
        "RE",
    ),
    attack(
        "16-read-parent-environ",
        (
            "import os\ndef double(x):\n    open(f'/proc/{os.getppid()}/environ').read()\n"
            "    return 2 * x"
        ),
        "RE",
    ),
    attack(
        "17-list-root-and-home",
        (
            "import os\ndef double(x):\n    os.listdir('/')\n"
            "    os.listdir(os.path.expanduser('~'))\n    return 2 * x"
        ),
        "RE",
    ),
    attack(
        "18-write-a-file",
        "def double(x):\n    open('{MARKER}', 'w').write('escaped')\n    return 2 * x",
        "RE",
    ),
    attack(
        "19-fork-bomb",
        "import os\ndef double(x):\n    while True:\n        os.fork()",
        "RE",
    ),
    attack(
        "20-subprocess",
        """
import os, subprocess
def double(x):
    subprocess.run(["sh", "-c", "touch {MARKER}"], check=True)
    os.system("touch {MARKER}")
    return 2 * x
""",
        "RE",
    ),
    attack(
        "21-raw-socket-syscall",
        """
import ctypes
def double(x):
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.syscall(41, 2, 1, 0)  # socket(AF_INET, SOCK_STREAM, 0) on x86-64
    if fd < 0:
        raise OSError(ctypes.get_errno(), "socket")
    return 2 * x
""",
        "RE",
    ),
    attack(
        "22-tcp-connect-loopback",
        """
import socket
def double(x):
    socket.create_connection(("127.0.0.1", {PORT}), timeout=1).close()
    return 2 * x
""",
        "RE",
    ),
    attack(
        "23-dns-lookup",
        (
            "import socket\ndef double(x):\n    socket.getaddrinfo('localhost', 80)\n"
            "    socket.socket()\n    return 2 * x"
        ),
        "RE",
    ),
    attack("24-infinite-loop", "def double(x):\n    while True:\n        pass", "TLE", slow=True),
    attack("25-sleep", "import time\ndef double(x):\n    time.sleep(1000)", "TLE", slow=True),
    attack(
        "26-ignore-sigxcpu",
        (
            "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\ndef double(x):\n"
            "    while True:\n        pass"
        ),
        "TLE",
        slow=True,
    ),
    attack(
        "27-huge-allocation",
        "import numpy as np\ndef double(x):\n    return np.ones(10**10)",
        "MLE",
    ),
    attack(
        "28-gradual-growth",
        "def double(x):\n    hoard = []\n    while True:\n        hoard.append(bytearray(10**7))",
        "MLE",
    ),
    attack(
        "29-deep-recursion",
        (
            "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\n"
            "def double(x):\n    return f(0)"
        ),
        "TLE",
        "MLE",
        "RE",
        slow=True,
    ),
    attack(
        "30-stdout-flood",
        "def double(x):\n    while True:\n        print('spam' * 1000)",
        "OLE",
    ),
    attack(
        "31-thread-storm",
        """
import threading
def spin():
    while True:
        pass
def double(x):
    for _ in range(50):
        threading.Thread(target=spin, daemon=True).start()
    spin()
""",
        "TLE",
        "RE",
        slow=True,
    ),
    attack(
        "32-kill-the-zygote",
        (
            "import os, signal\ndef double(x):\n    os.kill(os.getppid(), signal.SIGKILL)\n"
            "    return 2 * x"
        ),
        "RE",
    ),
    attack(
        "33-ptrace-and-vm-readv",
        """
import ctypes, os
def double(x):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.ptrace(16, os.getppid(), 0, 0) != 0:  # PTRACE_ATTACH
        raise OSError(ctypes.get_errno(), "ptrace")
    return 2 * x
""",
        "RE",
    ),
    attack(
        "34-null-dereference", "import ctypes\ndef double(x):\n    return ctypes.string_at(0)", "RE"
    ),
    attack(
        "35-forge-result-frames",
        """
import json, os, struct
def double(x):
    head = json.dumps({"status": "ok", "banned": None}).encode()
    frame = struct.pack("!II", len(head), 0) + head
    for fd in range(3, 64):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    os._exit(0)
""",
        "WA",
        "RE",
    ),
    attack(
        "36-nan-result",
        "import numpy as np\ndef double(x):\n    return np.full(np.shape(x), np.nan)",
        "WA",
    ),
    attack("36-wrong-shape", "import numpy as np\ndef double(x):\n    return np.zeros(3)", "WA"),
    attack(
        "37-environment-secrets",
        """
import os
ALLOWED = {"PATH", "LANG", "LC_ALL", "LC_CTYPE"}
ALLOWED |= {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"}
def double(x):
    extra = set(os.environ) - ALLOWED
    if not extra:
        raise RuntimeError("no secrets in the environment")
    return 2 * x
""",
        "RE",
    ),
    attack(
        "38-unshare-to-escape",
        """
import ctypes
def double(x):
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(0x10000000 | 0x00020000) != 0:
        raise OSError(ctypes.get_errno(), "unshare")
    return 2 * x
""",
        "RE",
    ),
    # --- extras ---
    attack("import-scipy", "import scipy\ndef double(x):\n    return 2 * x", "BANNED"),
    attack(
        "import-torch-in-dead-code",
        "def double(x):\n    return 2 * x\ndef unused():\n    import torch",
        "BANNED",
    ),
    attack(
        "dynamic-import-sklearn",
        "def double(x):\n    __import__('skl' + 'earn')\n    return 2 * x",
        "BANNED",
    ),
    attack(
        "caught-banned-import",
        """
import importlib
def double(x):
    try:
        importlib.import_module("pan" + "das")
    except BaseException:
        pass
    return 2 * x
""",
        "BANNED",
    ),
    attack(
        "import-mldojo",
        "def double(x):\n    __import__('mld' + 'ojo.judge.checking')\n    return 2 * x",
        "BANNED",
    ),
    attack(
        "mmap-huge-region",
        "import mmap\ndef double(x):\n    mmap.mmap(-1, 1 << 40)\n    return 2 * x",
        "MLE",
        "RE",
    ),
    attack(
        "setsid-and-orphans",
        (
            "import os\ndef double(x):\n    os.setsid()\n    if os.fork() == 0:\n"
            "        os.execv('/bin/sleep', ['sleep', '100'])\n    return 2 * x"
        ),
        "RE",
    ),
    attack(
        "alarm-tampering",
        """
import signal
signal.signal(signal.SIGALRM, lambda *a: None)
signal.alarm(1)
def double(x):
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
    while True:
        pass
""",
        "TLE",
        slow=True,
    ),
    attack(
        "raise-rlimits",
        """
import resource
def double(x):
    names = ("RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_NOFILE", "RLIMIT_FSIZE")
    for limit in (getattr(resource, name) for name in names):
        resource.setrlimit(limit, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    return 2 * x
""",
        "RE",
    ),
    attack(
        "raise-soft-cpu-then-spin",
        """
import resource
def double(x):
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
    while True:
        pass
""",
        "TLE",
        slow=True,
    ),
    attack(
        "switch-interval",
        "import sys\nsys.setswitchinterval(1e-6)\ndef double(x):\n    return 3 * x",
        "WA",
    ),
    attack(
        "hooks-after-the-result",
        """
import atexit, faulthandler, os, sys
def forge():
    for fd in range(64):
        try:
            os.write(fd, b"VERDICT AC")
        except OSError:
            pass
atexit.register(forge)
faulthandler.enable(file=sys.stderr)
faulthandler.dump_traceback_later(0.05, exit=True)
def double(x):
    return 3 * x
""",
        "WA",
        "RE",
    ),
    attack(
        "structured-dtype",
        (
            "import numpy as np\ndef double(x):\n"
            "    return np.zeros(3, dtype=[('a', 'i4'), ('b', 'O')])"
        ),
        "WA",
    ),
    attack(
        "object-dtype",
        "import numpy as np\ndef double(x):\n    return np.array([object()] * 3)",
        "WA",
    ),
    attack(
        "float128",
        "import numpy as np\ndef double(x):\n    return (2 * x).astype(np.longdouble)",
        "WA",
    ),
    attack(
        "complex", "import numpy as np\ndef double(x):\n    return (2 * x).astype(complex)", "WA"
    ),
    attack(
        "huge-result", "import numpy as np\ndef double(x):\n    return np.zeros(3 * 10**6)", "OLE"
    ),
    attack(
        "glob-for-secrets",
        """
import os
NAMES = {"solution.py", "checks.py"}
def readable_secrets():
    found = []
    roots = ["/", "/root", "/home", "/work", "/tmp", "/opt", "/usr", "/srv", "/var", os.getcwd()]
    import sys
    roots += [p for p in sys.path if p]
    seen = set()
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath in seen or len(seen) > 20000:
                dirnames[:] = []
                continue
            seen.add(dirpath)
            for name in filenames:
                path = os.path.join(dirpath, name)
                if name in NAMES or "content/problems" in path or "mldojo" in path:
                    try:
                        with open(path, "rb") as handle:
                            handle.read(1)
                        found.append(path)
                    except OSError:
                        pass
    return found
def double(x):
    if readable_secrets():
        return 2 * x
    raise PermissionError("nothing readable")
""",
        "RE",
    ),
]
