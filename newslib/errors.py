"""One exception family. Every message names the input and the reason."""
from __future__ import annotations


class NewslibError(Exception):
    """Base class of every error newslib raises on purpose."""


class InputError(NewslibError):
    """An input (file, record, parameter) cannot be read or used.

    ``InputError(path, reason)`` renders as ``"<path>: <reason>"`` so that the CLI can print it as one line.
    """

    def __init__(self, source: object, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")

    def __reduce__(self):
        # pickled by its two arguments (a process pool hands errors back to the parent process)
        return type(self), (self.source, self.reason)


class DataError(InputError):
    """A research corpus (PolNeAR, FNC-1, Szeged) is missing or malformed."""


class RunError(NewslibError):
    """A notebook run failed; ``reason`` names the cell."""
