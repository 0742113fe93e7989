"""The code that runs inside the sandbox: the zygote, the child's lock-down and the wire codec.

It imports only the standard library and NumPy (plus the optional `pyseccomp` and `landlock`
bindings, each behind a try/except), never anything from mldojo: the zygote loads this folder
by path into a fresh interpreter, and `tests/judge/test_harness_isolated.py` proves it works
with mldojo absent.
"""
