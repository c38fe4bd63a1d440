"""Dealbook: the offline sales-KPI desk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dealbook")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

#: every released version and the day it was released, oldest first; the last one is this
#: version. A licence covers each version released on or before its "updates until" date.
RELEASES: tuple[tuple[str, str], ...] = (("0.1.0", "2026-11-30"),)

#: the day this version was released (ISO date), the one date a licence key is checked against
RELEASE_DATE = dict(RELEASES).get(__version__, RELEASES[-1][1])

APP_NAME = "Dealbook"
