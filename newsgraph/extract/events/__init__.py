"""Event coding internals: lexicon tables, trigger matching, arguments and mood.

The public entry point is :func:`newsgraph.extract.events.find_events`; these modules are
its parts, split by job so each stays small.
"""
