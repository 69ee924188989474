"""The one error type users see for bad corpus input."""


class CorpusError(ValueError):
    """Bad corpus input; the message names the file (and line or record), the fault and the fix."""
