"""One exception hierarchy, so every interface can turn a failure into one clear line.

Anything raised as an `MldojoError` is the user's to fix (bad input, bad configuration); the
CLI prints its message and exits non-zero instead of showing a traceback.
"""


class MldojoError(Exception):
    """Base of every error mldojo reports to a user."""

    exit_code = 1


class UsageError(MldojoError):
    """The command was called wrongly: unknown id, unreadable file, bad option value."""

    exit_code = 2


class ConfigError(MldojoError):
    """A setting or the configuration file is invalid."""

    exit_code = 2


class BankError(MldojoError):
    """The bank could not be loaded (as opposed to loading with validation problems)."""


class NotFoundError(UsageError):
    """An id that names nothing in the bank or the store."""


class StoreError(MldojoError):
    """The database could not be opened, migrated or written."""
