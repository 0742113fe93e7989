"""mldojo: a local-first practice system for machine-learning interviews."""

__version__ = "0.1.0"
