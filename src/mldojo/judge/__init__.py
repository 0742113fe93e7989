"""The coding judge: problem format, sandbox, runner and checkers."""
