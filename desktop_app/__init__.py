"""Dealbook: the offline sales-KPI desk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dealbook")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Dealbook"
