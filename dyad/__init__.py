"""dyad: who did what to whom, when and where — source-linked PLOVER/CAMEO events from news text."""

from .codebook import codebook
from .crosswalk import load_crosswalk
from .errors import DataError, DateError, DyadError, GoldError, InputError
from .evaluate import EvaluationReport, evaluate
from .ingest import read_paths
from .ontology import load_ontology
from .pipeline import code, code_documents
from .records import Actor, Document, Event, Place
from .store import DyadCount, IngestReport, Store, open_store

__all__ = [
    "Actor",
    "DataError",
    "DateError",
    "Document",
    "DyadCount",
    "DyadError",
    "EvaluationReport",
    "Event",
    "GoldError",
    "IngestReport",
    "InputError",
    "Place",
    "Store",
    "code",
    "codebook",
    "code_documents",
    "evaluate",
    "load_crosswalk",
    "load_ontology",
    "open_store",
    "read_paths",
]

__version__ = "0.1.0"
