"""``python -m desktop_app [--db FILE_OR_URL]``: the same as the ``dealbook`` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
