"""Shared fixtures: one spaCy model per session, the example article, the dev data."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.extract.nlp import load_nlp

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "spy-chief-call.txt"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The public dev data beside the repo; tests that need it skip on a user's clone."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
