"""Events stage: who did what to whom, when and where, coded in PLOVER 2.0 with CAMEO codes.

The entry point is :func:`find_events` (:mod:`.stage`); the other modules are its parts,
split by job so each stays small: :mod:`.tables` (the ``event_*`` lexicon tables),
:mod:`.triggers`, :mod:`.arguments`, :mod:`.mood`, :mod:`.scope`, :mod:`.coding` and
:mod:`.context`.
"""

from newsgraph.extract.events.stage import find_events

__all__ = ["find_events"]
