"""The lazy case list model: matching ids up front, rows fetched a page at a time on demand."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mediation_desk.domain.models import CaseSummary
from mediation_desk.domain.search import CaseFilter
from mediation_desk.ui.labels import label

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseTableModel", "Case number"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Parties"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Category"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    QT_TRANSLATE_NOOP("CaseTableModel", "Mediators"),
)

_Index = QModelIndex | QPersistentModelIndex


class CaseSource(Protocol):
    """What the model needs from the case-list service (kept abstract: no SQL here)."""

    def matching_ids(self, case_filter: CaseFilter) -> list[int]: ...

    def summaries(self, ids: Sequence[int]) -> list[CaseSummary]: ...


class CaseTableModel(QAbstractTableModel):
    """Knows every matching case id, but fetches and caches only the pages being looked at."""

    def __init__(
        self, source: CaseSource, category_name: Callable[[str], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._category_name = category_name
        self._filter = CaseFilter()
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()

    # -- loading -----------------------------------------------------------------------------
    def set_filter(self, case_filter: CaseFilter) -> None:
        """Re-queries the matching ids; rows are fetched again when shown."""
        ids = self._source.matching_ids(case_filter)
        self.beginResetModel()
        self._filter = case_filter
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def current_filter(self) -> CaseFilter:
        return self._filter

    def summary(self, row: int) -> CaseSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._page(page_number)
        return page[offset] if offset < len(page) else None

    def row_of(self, uuid: str) -> int:
        """The row showing the case, if it is in a cached page (-1 otherwise)."""
        for number, page in self._pages.items():
            for offset, summary in enumerate(page):
                if summary.uuid == uuid:
                    return number * PAGE_SIZE + offset
        return -1

    def _page(self, number: int) -> list[CaseSummary]:
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
            page = self._source.summaries(ids)
            self._pages[number] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CaseTableModel", str(COLUMNS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return summary.uuid
        return self._cell(summary, index.column())

    def _cell(self, summary: CaseSummary, column: int) -> str | None:
        if column == 0:
            return summary.case_no
        if column == 1:
            return summary.received_on.isoformat()
        if column == 2:
            return summary.parties
        if column == 3:
            return self._category_name(summary.category_code)
        if column == 4:
            return label(summary.status)
        if column == 5:
            return summary.mediators
        return None
