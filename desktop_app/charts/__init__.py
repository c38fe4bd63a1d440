"""pyqtgraph charts of the KPI results, shared by the dashboard and the printed review.

Below ``desktop_app.ui`` and ``desktop_app.reports``: imports PySide6, pyqtgraph and
``kpi_core`` only. Importing it selects PySide6 for pyqtgraph.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
