"""Guard against Qt bindings that leak references to True/None (PySide6 6.12.0 on 3.11).

Such a binding kills the app with "Fatal Python error: bool_dealloc" after a few thousand
signal emits, so the check runs in a child process and looks at its exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QComboBox

app = QApplication([])

class Emitter(QObject):
    fired = Signal(int)

emitter = Emitter()
emitter.fired.connect(lambda value: None)
combo = QComboBox()
combo.addItem("no data")
before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20000):
    emitter.fired.emit(i)
    combo.currentData()
print(sys.getrefcount(True) - before_true, sys.getrefcount(None) - before_none)
"""


def test_signals_and_empty_item_data_do_not_leak_singletons():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    true_delta, none_delta = (int(v) for v in done.stdout.split())
    assert abs(true_delta) < 100 and abs(none_delta) < 100
