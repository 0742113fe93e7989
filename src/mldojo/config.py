"""Settings and paths.

Precedence, lowest first: built-in defaults, the config file (`MLDOJO_HOME/config.toml`),
`MLDOJO_*` environment variables, then CLI flags. Resolving everything here keeps the rest of
the code free of environment lookups.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from mldojo.errors import ConfigError

ENV_PREFIX = "MLDOJO_"
SHIPPED_BANK = Path(__file__).parent / "content"


def default_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path("mldojo", appauthor=False)


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    bank_paths: tuple[Path, ...] = field(default_factory=tuple)
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    include_shipped_bank: bool = True

    @property
    def all_bank_paths(self) -> tuple[Path, ...]:
        """The shipped bank first, then the user's extra banks."""
        shipped = (SHIPPED_BANK,) if self.include_shipped_bank else ()
        return (*shipped, *self.bank_paths)

    def with_overrides(self, **changes: object) -> Settings:
        clean = {key: value for key, value in changes.items() if value is not None}
        return replace(self, **clean)  # type: ignore[arg-type]


def _read_config_file(home: Path) -> dict[str, object]:
    path = home / "config.toml"
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
    return data


def _split_paths(value: object, origin: str) -> tuple[Path, ...]:
    if isinstance(value, str):
        parts = [p for p in value.split(os.pathsep) if p]
    elif isinstance(value, list) and all(isinstance(p, str) for p in value):
        parts = list(value)
    else:
        raise ConfigError(f"{origin}: bank paths must be a string or a list of strings")
    return tuple(Path(p).expanduser() for p in parts)


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Build settings from defaults, the config file and the environment."""
    env = dict(os.environ if env is None else env)
    home = Path(env.get(f"{ENV_PREFIX}HOME") or default_home()).expanduser()
    file_values = _read_config_file(home)
    known = {"database_url", "bank_paths", "llm_base_url", "llm_model", "llm_api_key"}
    unknown = sorted(set(file_values) - known)
    if unknown:
        raise ConfigError(f"{home / 'config.toml'}: unknown settings: {', '.join(unknown)}")

    def pick(name: str) -> str | None:
        value = env.get(ENV_PREFIX + name.upper())
        if value:
            return value
        from_file = file_values.get(name)
        if from_file is not None and not isinstance(from_file, str):
            raise ConfigError(f"config.toml: `{name}` must be a string")
        return from_file

    database_url = pick("database_url") or f"sqlite:///{home / 'mldojo.db'}"
    bank_raw: object = env.get(f"{ENV_PREFIX}BANK_PATH") or file_values.get("bank_paths") or ""
    return Settings(
        home=home,
        database_url=database_url,
        bank_paths=_split_paths(bank_raw, "bank paths"),
        llm_base_url=pick("llm_base_url"),
        llm_model=pick("llm_model"),
        llm_api_key=pick("llm_api_key"),
    )
