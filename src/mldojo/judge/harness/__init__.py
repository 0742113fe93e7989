"""Code that runs inside the sandbox: the standard library and NumPy only."""
