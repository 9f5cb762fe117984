"""Extraction stages: one spaCy parse per article, then entities → times → statements → events."""
