"""Dev evaluations: score the extraction stages against public annotated corpora."""
