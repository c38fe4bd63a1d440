"""The Dashboard page (KPI cards, explain panel, charts, rep and ROI tables, planner)."""

from desktop_app.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
