"""Writers from analysis records to the formats other tools read (tables, PLOVER, brat)."""
