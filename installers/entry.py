"""Entry script of the frozen app: the same ``main`` as the ``dealbook`` console script."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # A frozen app must call this before anything else in case a library starts a worker
    # process (pyqtgraph's multiprocess support, concurrent.futures on Windows/macOS).
    multiprocessing.freeze_support()
    from desktop_app.cli import main

    sys.exit(main())
