"""A lazy table model over the pack's organizations.

It holds only the ordered list of ids for the current filter and sort (both done in SQL by the
store) and fetches rows a page at a time, keeping a few pages. 100 000 organizations cost one
list of ints, not 100 000 row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from guide.directory_text import Words
from guide.directory_text.nearby import distance_text, open_text
from guide.i18n.names import area_name, language_name
from guide.operations.nearby import NearbyHit, NearbyResult
from guide.store import Pack, PackError
from guide.store.directory import OrganizationFilter, OrganizationRow
from guide.ui.qt_start import ItemRole

PAGE_SIZE = 100
PAGES_KEPT = 12
ID_ROLE = ItemRole.ORGANIZATION_ID
# (store sort key, header)
COLUMNS = (("name", QT_TRANSLATE_NOOP("OrganizationTableModel", "Name")),
           ("phone", QT_TRANSLATE_NOOP("OrganizationTableModel", "Phone")),
           ("areas", QT_TRANSLATE_NOOP("OrganizationTableModel", "Serves")),
           ("categories", QT_TRANSLATE_NOOP("OrganizationTableModel", "Categories")),
           ("languages", QT_TRANSLATE_NOOP("OrganizationTableModel", "Languages")))
PHONE_COLUMN = 1
NEAR_HEADER = QT_TRANSLATE_NOOP("OrganizationTableModel", "Near, hours")
_ModelIndex = QModelIndex | QPersistentModelIndex


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class OrganizationTableModel(QAbstractTableModel):
    def __init__(self, pack: Pack, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.pack = pack
        self.filter = OrganizationFilter()
        self.sort_key = "name"
        self.descending = False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, OrganizationRow]] = OrderedDict()
        self.rows_fetched = 0  # how many rows were ever read from the store (tests check laziness)
        self.queried = False
        self.problem = ""
        self.language = "en"  # of the names shown: categories, places, languages
        # Near a ZIP code: the rows are the result's, nearest first, with a column for distance and
        # hours; the filter still applies (through find_nearby), the sort does not.
        self.near: NearbyResult | None = None
        self._near_hits: dict[int, NearbyHit] = {}
        self.near_asked_at = datetime.now().astimezone()

    def set_language(self, language: str) -> None:
        """Relabel in ``language``; the rows and their order stay (names are sorted by the store)."""
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- querying ------------------------------------------------------------------------------

    def set_filter(self, flt: OrganizationFilter) -> None:
        self.filter = flt
        self._requery()

    def set_near(self, result: NearbyResult | None, flt: OrganizationFilter) -> None:
        """Show ``result`` (a near-me search under ``flt``), or the plain filtered list when None."""
        if result is None and self.near is None:
            self.set_filter(flt)
            return
        self.beginResetModel()
        self.filter = flt
        self.near = result
        self.near_asked_at = datetime.now().astimezone()
        hits = (*result.places, *result.serving) if result else ()
        self._near_hits = {hit.organization_id: hit for hit in hits}
        if result is None:
            self._ids = self.pack.organization_ids(flt, self.sort_key, self.descending)
        else:
            self._ids = [hit.organization_id for hit in hits]
        self.queried = True
        self.problem = ""
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.near is not None:
            return  # nearest first
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self.queried:
            return  # QTableView asks twice (sortByColumn and the header's indicator); query once
        self.sort_key, self.descending = key, descending
        if self.queried:  # before the first filter the page has not been shown: nothing to re-sort yet
            self._requery()

    def _requery(self) -> None:
        self.near, self._near_hits = None, {}
        self.beginResetModel()
        try:
            self._ids = self.pack.organization_ids(self.filter, self.sort_key, self.descending)
            self.problem = ""
            self.queried = True
        except PackError as exc:
            self._ids = []
            self.problem = str(exc)
        self._pages.clear()
        self.endResetModel()

    # -- rows ----------------------------------------------------------------------------------

    def organization_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, org_id: int) -> int:
        try:
            return self._ids.index(org_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> OrganizationRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._ids[page_number * PAGE_SIZE:(page_number + 1) * PAGE_SIZE]
            try:
                page = self.pack.organization_rows(ids)
            except PackError as exc:
                self.problem = str(exc)
                page = {}
            self.rows_fetched += len(page)
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (the Qt signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (the Qt signature)
        return 0 if parent.isValid() else len(COLUMNS) + (self.near is not None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(COLUMNS):
            return self.tr(str(COLUMNS[section][1]))
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and self.near:
            return self.tr(str(NEAR_HEADER))
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._row(index.row()) is None:
            # A row the store could not give (e.g. the file changed underneath) shows greyed out.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == ItemRole.USER and index.column() == PHONE_COLUMN:  # the number alone, for Ctrl+C
            found = self._row(index.row())
            return found.main_phone if found else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        if index.column() == len(COLUMNS):
            return self._near_text(self._ids[index.row()])
        row = self._row(index.row())
        if row is None:
            return self.tr("(not available)") if index.column() == 0 else ""
        key = COLUMNS[index.column()][0]
        if key == "name":
            return row.name
        if key == "phone":
            marks = [m for m, on in ((self.tr("24/7"), row.always_open), (self.tr("text"), row.has_text)) if on]
            return row.main_phone + (f"  ({', '.join(marks)})" if marks else "")
        if key == "areas":
            return ", ".join(area_name(a, self.language) for a in row.areas)
        if key == "categories":
            return ", ".join(self.pack.category_label(c, self.language) for c in row.categories)
        return ", ".join(language_name(code, self.language) for code in row.languages)

    def _near_text(self, org_id: int) -> str:
        hit = self._near_hits.get(org_id)
        if hit is None:
            return ""
        words = Words.for_language(self.language, _translate)
        return (f"{distance_text(hit.miles, hit.approximate, words)} · "
                f"{open_text(hit.state, self.near_asked_at, words)}")
