"""Pages reload at once when on screen, and only once shown when hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.widgets.lazy_reload import LazyReload


class Counting(LazyReload, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def reload(self) -> None:
        self._dirty = False
        self.reloads += 1


def test_hidden_page_waits_until_shown_then_reloads_once(qtbot):
    page = Counting()
    qtbot.addWidget(page)
    page._dirty = False
    page.mark_stale()
    page.mark_stale()
    assert page.reloads == 0  # hidden: nothing read yet
    page.show()
    qtbot.waitExposed(page)
    assert page.reloads == 1
    page.mark_stale()  # on screen: at once
    assert page.reloads == 2
