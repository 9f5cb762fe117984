"""Events stage: who did what to whom, when and where, coded in PLOVER 2.0 with CAMEO codes.

The entry point is :func:`find_events` (:mod:`.stage`); the other modules are its parts,
split by job so each stays small: :mod:`.tables` (the ``event_*`` lexicon tables),
:mod:`.triggers`, :mod:`.arguments`, :mod:`.mood`, :mod:`.scope`, :mod:`.coding`,
:mod:`.context`, :mod:`.state` (acts of police, courts and prosecution and the side the
article names), :mod:`.anaphors` ("the move" as a mention of the deed just told) and
:mod:`.disputes` (rows told in words of fighting).
"""

from newsgraph.extract.events.stage import find_events

__all__ = ["find_events"]
