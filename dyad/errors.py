"""dyad's exceptions.

DyadError
├── DataError          a packaged or user data file (ontology, actors, patterns) is malformed
├── InputError         a document cannot be read: missing, empty, binary, bad encoding, bad JSON
│   └── DateError      a date given by the user cannot be parsed
└── GoldError          a gold annotation file is malformed
"""

from __future__ import annotations


class DyadError(Exception):
    """Base class of every error dyad raises on purpose."""


class DataError(DyadError):
    """A data file is malformed; the message names the file and the entry."""


class InputError(DyadError):
    """A document could not be read; nothing was coded from it."""


class DateError(InputError):
    """A date string is not a valid ISO date."""


class GoldError(DyadError):
    """A gold annotation is malformed; the message names the document and the event."""
