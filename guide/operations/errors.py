"""The one error an operation raises for a request the user can fix."""

from __future__ import annotations


class RequestError(Exception):
    """A request that cannot be carried out as asked. The message is one line meant for a person."""
