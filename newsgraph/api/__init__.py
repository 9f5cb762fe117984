"""The HTTP API and the browser UI it serves."""

from newsgraph.api.app import create_app

__all__ = ["create_app"]
