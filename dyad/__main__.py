"""`python -m dyad` runs the command line."""

from .cli import app

app()
