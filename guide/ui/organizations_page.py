"""The organizations page: filter bar, lazy table, counts and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.languages import STATE_NAMES, language_name
from guide.store import OrganizationFilter, Pack, PackError
from guide.ui.organization_detail import OrganizationDetail
from guide.ui.organizations_model import OrganizationTableModel

TEXT_DEBOUNCE_MS = 200
ALL = ""


class OrganizationTable(QTableView):
    """Enter on a row moves focus into the detail pane (to the first phone's Copy button)."""

    row_entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_entered.emit()
            return
        super().keyPressEvent(event)


class OrganizationsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.total = pack.organization_count()
        self.model = OrganizationTableModel(pack, self)

        self.text = QLineEdit()
        self.text.setPlaceholderText("Filter by name, place, service…")
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName("Filter organizations by text")
        self.category = self._combo("Category", "All categories",
                                    [(c.label, c.id) for c in pack.categories()])
        self.state = self._combo("State", "All states",
                                 [(f"{STATE_NAMES[a]} ({a})", a) for a in pack.areas_in_use() if a in STATE_NAMES])
        self.state.setToolTip("Organizations serving this state, nationwide ones included")
        self.language = self._combo("Language", "All languages",
                                    sorted(((language_name(code), code) for code in pack.languages_in_use())))
        self.open_24_7 = QCheckBox("24/7")
        self.open_24_7.setAccessibleName("Only organizations answering 24/7")
        self.has_text = QCheckBox("Has text line")
        self.has_text.setAccessibleName("Only organizations with a text line")
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.setAutoDefault(False)
        self.count = QLabel()
        self.count.setAccessibleName("Number of organizations shown")

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.category, self.state, self.language):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.open_24_7, self.has_text):
            box.toggled.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)

        self.detail = OrganizationDetail()
        self.model.modelReset.connect(self._update_count)
        self.table = OrganizationTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Organizations")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (to the details) instead of walking cells
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows it does not show (100 000 rows stay instant).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 185, 110, 130)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.row_entered.connect(self.focus_detail)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        for widget in (self.category, self.state, self.language):
            filters.addWidget(widget, 1)
        filters.addWidget(self.open_24_7)
        filters.addWidget(self.has_text)
        filters.addWidget(self.clear_button)
        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(filters)
        layout.addLayout(counts)
        layout.addWidget(splitter, 1)
        # No query yet: the window opens on an article; the list is read when the page is first shown.

    def _combo(self, name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(f"Filter by {name.lower()}")
        combo.addItem(everything, ALL)
        for label, value in items:
            combo.addItem(label, value)
        return combo

    # -- filtering -----------------------------------------------------------------------------

    def current_filter(self) -> OrganizationFilter:
        return OrganizationFilter(
            text=self.text.text().strip(),
            category=self.category.currentData() or "",
            state=self.state.currentData() or "",
            language=self.language.currentData() or "",
            open_24_7=self.open_24_7.isChecked(),
            has_text=self.has_text.isChecked(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt != self.model.filter or not self.model.queried:
            self.model.set_filter(flt)
        if self.model.problem:
            self.status_message.emit(self.model.problem)

    def _set_silently(self, change: object) -> None:
        widgets = (self.text, self.category, self.state, self.language, self.open_24_7, self.has_text)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            change()  # type: ignore[operator]
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def clear_filters(self) -> None:
        self.show_category(ALL)

    def show_category(self, category: str) -> None:
        """The page as a menu node opens it: one category (or all, or ``state:XX``), other filters cleared."""
        state = category.removeprefix("state:") if category.startswith("state:") else ""

        def reset() -> None:
            self.text.clear()
            index = self.category.findData(category if category != "all" and not state else ALL)
            self.category.setCurrentIndex(max(index, 0))
            self.state.setCurrentIndex(max(self.state.findData(state), 0) if state else 0)
            self.language.setCurrentIndex(0)
            self.open_24_7.setChecked(False)
            self.has_text.setChecked(False)

        self._set_silently(reset)
        self.apply_filter()
        self.detail.show_nothing()

    def show_organization(self, org_id: int) -> bool:
        """Select one organization in the unfiltered list and show its details."""
        self.show_category(ALL)
        row = self.model.row_of(org_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        noun = "organization" if self.total == 1 else "organizations"
        self.count.setText(f"{shown} of {self.total} {noun}")
        self.detail.show_nothing()

    # -- details -------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._show_detail(indexes[0])

    def _show_detail(self, index: QModelIndex) -> None:
        org_id = self.model.organization_id(index.row())
        if org_id is None:
            return
        try:
            org = self.pack.organization(org_id)
        except PackError as exc:
            self.status_message.emit(str(exc))
            return
        if org is not None:
            self.detail.show_organization(org)
            self._chain_detail_after_table()

    def _chain_detail_after_table(self) -> None:
        """New detail widgets join the end of the focus chain; put them right after the table instead."""
        previous: QWidget = self.table
        for widget in self.detail.widget().findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def focus_detail(self) -> None:
        if self.detail.phone_copy_buttons:
            self.detail.phone_copy_buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.detail.setFocus(Qt.FocusReason.TabFocusReason)

    def clear(self) -> None:
        """Forget what the user typed (quick exit)."""
        self.show_category(ALL)
