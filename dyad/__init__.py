"""dyad: who did what to whom, when and where — source-linked PLOVER/CAMEO events from news text."""

from .errors import DataError, DateError, DyadError, GoldError, InputError
from .evaluate import EvaluationReport, evaluate
from .ingest import read_paths
from .ontology import load_ontology
from .pipeline import code, code_documents
from .records import Actor, Document, Event, Place

__all__ = [
    "Actor",
    "DataError",
    "DateError",
    "Document",
    "DyadError",
    "EvaluationReport",
    "Event",
    "GoldError",
    "InputError",
    "Place",
    "code",
    "code_documents",
    "evaluate",
    "load_ontology",
    "read_paths",
]

__version__ = "0.1.0"
