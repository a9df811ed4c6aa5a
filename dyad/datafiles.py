"""Reading dyad's packaged data files: one place turns a YAML syntax error into a DataError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


def read_yaml(path: Path | Any, label: str) -> Any:
    """The parsed YAML of ``path`` (a file or an importlib resource); ``label`` names it in errors."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataError(f"{label}: not valid YAML: {exc}") from None
