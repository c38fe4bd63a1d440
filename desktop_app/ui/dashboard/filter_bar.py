"""Rep, source and product filters, filled from the dataset."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kpi_core.dataset import Dataset
from kpi_core.filters import Filters

FIELDS = ("owner", "source", "product")
#: item data of "All ..." (never None: PySide6 6.12 miscounts references of a None QVariant)
ALL = ""


def choices(dataset: Dataset | None, field: str) -> list[str]:
    """Distinct non-empty names of ``field`` in deals (and leads, spend where it exists)."""
    if dataset is None:
        return []
    names: set[str] = set()
    frames = [dataset.deals]
    if field in ("owner", "source"):
        frames.append(dataset.leads)
    if field == "source":
        frames.append(dataset.spend)
    if field == "owner":
        frames.append(dataset.quotas)
    for frame in frames:
        if field in frame.columns and len(frame):
            names.update(v for v in frame[field].dropna().unique() if str(v).strip())
    return sorted((str(n) for n in names), key=str.casefold)


class FilterBar(QWidget):
    """Three combos: all reps / one rep, all sources / one, all products / one."""

    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.combos: dict[str, QComboBox] = {}
        captions = {
            "owner": self.tr("Rep"),
            "source": self.tr("Source"),
            "product": self.tr("Product"),
        }
        for field in FIELDS:
            combo = QComboBox(self)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self._changed)
            caption = QLabel(captions[field], self)
            caption.setObjectName("filterCaption")
            layout.addWidget(caption)
            layout.addWidget(combo)
            self.combos[field] = combo
        self._fill_all(None)

    def _all_text(self, field: str) -> str:
        return {
            "owner": self.tr("All reps"),
            "source": self.tr("All sources"),
            "product": self.tr("All products"),
        }[field]

    def _fill_all(self, dataset: Dataset | None) -> None:
        for field, combo in self.combos.items():
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self._all_text(field), ALL)
            for name in choices(dataset, field):
                combo.addItem(name, name)
            index = combo.findData(wanted) if wanted else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Refill the combos, keeping the choices that still exist (emits on a change)."""
        before = self.filters()
        self._fill_all(dataset)
        if self.filters() != before:
            self.filters_changed.emit(self.filters())

    def filters(self) -> Filters:
        """The chosen filters."""
        return Filters(**{f: (c.currentData() or None) for f, c in self.combos.items()})

    def set_filter(self, field: str, value: str | None) -> None:
        """Choose ``value`` (None = all) for ``field``; emits ``filters_changed``."""
        combo = self.combos[field]
        index = combo.findData(value) if value else 0
        if index < 0:
            raise ValueError(f"{value!r} is not a {field} of this dataset")
        combo.setCurrentIndex(index)

    def _changed(self) -> None:
        self.filters_changed.emit(self.filters())
