"""Tests of the dashboard page and the charts."""
