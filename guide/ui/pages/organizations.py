"""The organizations page: filter bar, lazy table, counts and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guide.i18n.names import area_name, language_name
from guide.languages import STATE_NAMES
from guide.location import Location
from guide.nearby.zip_points import five_digits
from guide.operations.errors import RequestError
from guide.operations.nearby import DEFAULT_MILES, NearbyResult, find_nearby
from guide.store import Pack, PackError
from guide.store.directory import OrganizationFilter
from guide.ui.accessible import name_clear_button
from guide.ui.flow_layout import FlowLayout
from guide.ui.latest_only import LatestOnly
from guide.ui.pages.organization_detail import OrganizationDetail
from guide.ui.pages.organizations_model import PHONE_COLUMN, OrganizationTableModel
from guide.ui.pages.page import DirectorySheet, NearbySheet, Printable
from guide.ui.qt_start import ItemRole

TEXT_DEBOUNCE_MS = 200
ALL = ""
WITHIN_MILES = (5, 10, 25, 50, 100)
NEAR_LIMIT = 200  # the nearest ones listed; the count says how many there are
NEAR_HIDES = (2, 3, 4)  # serves, categories, languages (see organizations_model.COLUMNS)


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]


class OrganizationTable(QTableView):
    """Enter on a row moves focus into the detail pane (to the first phone's Copy button); Ctrl+C
    copies the row's phone number (what a caller wants from the list), else its name."""

    row_entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_entered.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy) and self.currentIndex().isValid():
            row = self.currentIndex().row()
            model = self.model()
            number = model.data(model.index(row, PHONE_COLUMN), ItemRole.USER)
            QGuiApplication.clipboard().setText(str(number or model.index(row, 0).data()))
            return
        super().keyPressEvent(event)


class OrganizationsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, pack: Pack, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.pack = pack
        self.content_language = language  # of category labels, descriptions and names of places
        self.total = pack.organization_count()
        self.model = OrganizationTableModel(pack, self)
        self.model.language = language
        self._states = sorted(STATE_NAMES)  # every one: nationwide organizations serve each (filter_sql)
        self._languages = pack.languages_in_use()

        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.state = QComboBox()
        self.language = QComboBox()
        self.open_24_7 = QCheckBox()
        self.has_text = QCheckBox()
        self.clear_button = QPushButton()
        self.clear_button.setAutoDefault(False)
        self.count = QLabel()
        # Near me: a ZIP code (never saved: it says where the user or a client is), a distance, open now.
        self.near_label = QLabel()
        self.zip_code = QLineEdit()
        self.zip_code.setClearButtonEnabled(True)
        self.zip_code.setMaxLength(10)
        self.within = QComboBox()
        for miles in WITHIN_MILES:
            self.within.addItem("", miles)
        self.within.setCurrentIndex(WITHIN_MILES.index(DEFAULT_MILES))
        self.open_now = QCheckBox()

        # The near-me search runs off the GUI thread (at 100 000 organizations a word near a big
        # city took 30-150 ms, the keystroke's whole budget and more); only the latest answer shows.
        self._near_search = LatestOnly(self)
        self._near_search.finished.connect(self._near_found)
        self._near_search.failed.connect(self._near_failed)
        self._near_filter = OrganizationFilter()  # the filter of the near-me search running

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        self.zip_code.textChanged.connect(self._debounce.start)
        for combo in (self.category, self.state, self.language, self.within):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.open_24_7, self.has_text, self.open_now):
            box.toggled.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filters)

        self.detail = OrganizationDetail()
        self.detail.language = language
        self.model.modelReset.connect(self._update_count)
        self.table = OrganizationTable()
        self.table.setModel(self.model)
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

        # The filters wrap onto a second row where the page is narrow (800 px, or Spanish labels)
        # rather than crushing the text field.
        filters = FlowLayout(spacing=6, row_spacing=4)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("x" * 28))
        for widget in (self.text, self.category, self.state, self.language, self.open_24_7, self.has_text,
                       self.clear_button):
            filters.addWidget(widget)
        near = FlowLayout(spacing=6, row_spacing=4)
        for near_widget in (self.near_label, self.zip_code, self.within, self.open_now):
            near.addWidget(near_widget)
        self.count.setWordWrap(True)  # a long near-me count takes two lines, not the page's width

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        splitter.setChildrenCollapsible(False)
        # Small minimums, so that at 800 px the list and the details share what is left beside the
        # contents instead of pushing the page wider than the window.
        self.table.setMinimumWidth(160)
        self.detail.setMinimumWidth(180)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(filters)
        layout.addLayout(near)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        self._label()
        # No query yet: the window opens on an article; the list is read when the page is first shown.

    def _label(self) -> None:
        """Label everything in the current language; the filter and the selected row stay as they are."""
        language = self.content_language
        self.text.setPlaceholderText(self.tr("Filter by name, place, service…"))
        self.text.setAccessibleName(self.tr("Filter organizations by text"))
        name_clear_button(self.text)
        self._fill(self.category, self.tr("Filter by category"), self.tr("All categories"),
                   [(c.label, c.id) for c in self.pack.categories(language)])
        self._fill(self.state, self.tr("Filter by state"), self.tr("All states"),
                   [(f"{area_name(a, language)} ({a})", a) for a in self._states])
        self.state.setToolTip(self.tr("Organizations serving this state, nationwide ones included"))
        names = sorted((_capitalized(language_name(code, language)), code) for code in self._languages)
        self._fill(self.language, self.tr("Filter by language"), self.tr("All languages"), names)
        self.open_24_7.setText(self.tr("24/7"))
        self.open_24_7.setAccessibleName(self.tr("Only organizations answering 24/7"))
        self.has_text.setText(self.tr("Has text line"))
        self.has_text.setAccessibleName(self.tr("Only organizations with a text line"))
        self.near_label.setText(self.tr("Near ZIP"))
        self.near_label.setBuddy(self.zip_code)
        self.zip_code.setPlaceholderText(self.tr("e.g. 96813"))
        self.zip_code.setAccessibleName(self.tr("Near ZIP code (not saved)"))
        name_clear_button(self.zip_code)
        self.zip_code.setFixedWidth(self.zip_code.fontMetrics().horizontalAdvance("00000-00000") + 30)
        for index, miles in enumerate(WITHIN_MILES):
            self.within.setItemText(index, self.tr("within {miles} miles").format(miles=miles))
        self.within.setAccessibleName(self.tr("Distance from the ZIP code"))
        self.open_now.setText(self.tr("Open now"))
        self.open_now.setAccessibleName(self.tr("Only places open now (needs a ZIP code)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.count.setAccessibleName(self.tr("Number of organizations shown"))
        self.table.setAccessibleName(self.tr("Organizations"))
        self._show_count()

    def retranslate(self, language: str) -> None:
        """Show categories, descriptions and names in ``language`` (with the interface's own words)."""
        self.content_language = language
        self.model.set_language(language)
        self.detail.language = language
        self._label()
        shown = self.detail.organization
        if shown is None:
            self.detail.show_nothing()
        else:
            self._show_detail_of(shown.id)

    def _fill(self, combo: QComboBox, name: str, everything: str, items: list[tuple[str, str]]) -> None:
        """(Re)fill a filter list, keeping what is chosen without applying the filter again."""
        chosen = combo.currentData() or ALL
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.setAccessibleName(name)
            combo.addItem(everything, ALL)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        finally:
            combo.blockSignals(False)

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
        zip_text = self.zip_code.text().strip()
        near_asked = five_digits(zip_text) is not None
        self.open_now.setEnabled(near_asked)
        self.within.setEnabled(near_asked)
        if near_asked:
            self._show_near(zip_text, flt)
            return
        self._near_search.cancel()  # an answer still on its way is for a ZIP code no longer there
        if flt != self.model.filter or not self.model.queried or self.model.near is not None:
            self.model.set_near(None, flt)
            self._show_near_columns()
        if self.model.problem:
            self.status_message.emit(self.model.problem)

    def _show_near(self, zip_text: str, flt: OrganizationFilter) -> None:
        """Start the near-me search; its answer replaces the list when it comes (_near_found)."""
        pack, miles, open_only = self.pack, float(self.within.currentData()), self.open_now.isChecked()
        self._near_filter = flt
        self._near_search.start(lambda: find_nearby(pack, zip_text, miles, flt, open_only=open_only,
                                                    limit=NEAR_LIMIT))

    @property
    def near_pending(self) -> bool:
        """Whether a near-me search is still running for what the filter bar now says."""
        return self._near_search.pending

    def wait(self) -> None:
        """Let a near-me search still running on its thread finish (before the pack is closed)."""
        self._near_search.wait()

    def _near_found(self, result: object) -> None:
        assert isinstance(result, NearbyResult)
        self.model.set_near(result, self._near_filter)
        self._show_near_columns()

    def _near_failed(self, error: object) -> None:
        if not isinstance(error, (RequestError, PackError)):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.model.set_near(None, self._near_filter)
        self._show_near_columns()
        self.status_message.emit(str(error))

    def _show_near_columns(self) -> None:
        """Near a ZIP code, distance and hours take the place of areas, categories and languages (the detail
        has them), so that the list needs no sideways scrolling."""
        near = self.model.near is not None
        for column in NEAR_HIDES:
            self.table.setColumnHidden(column, near)

    def _set_silently(self, change: object) -> None:
        widgets = (self.text, self.category, self.state, self.language, self.open_24_7, self.has_text,
                   self.zip_code, self.within, self.open_now)
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
            self.zip_code.clear()
            self.open_now.setChecked(False)

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
        self._show_count()
        self.detail.show_nothing()

    def _show_count(self) -> None:
        if not self.model.queried:
            return  # not shown yet: nothing counted
        shown = self.model.rowCount()
        near = self.model.near
        if near is not None:
            self.count.setText(self.tr("{places} with a place within {miles} miles of {zip} ({city}), the nearest "
                                       "{listed} listed; {serving} serving the area").format(
                places=near.places_within, miles=f"{near.miles:g}", zip=near.point.zip_code, city=near.point.city,
                listed=len(near.places), serving=len(near.serving)))
            return
        counted = (self.tr("{shown} of 1 organization") if self.total == 1
                   else self.tr("{shown} of {total} organizations"))
        self.count.setText(counted.format(shown=shown, total=self.total))

    # -- details -------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._show_detail(indexes[0])

    def _show_detail(self, index: QModelIndex) -> None:
        org_id = self.model.organization_id(index.row())
        if org_id is not None:
            self._show_detail_of(org_id)

    def _show_detail_of(self, org_id: int) -> None:
        try:
            org = self.pack.organization(org_id, self.content_language)
        except PackError as exc:
            self.status_message.emit(str(exc))
            return
        if org is not None:
            self.detail.near = self.model.near.point if self.model.near else None
            self.detail.show_organization(org)
            self._chain_detail_after_table()

    def _chain_detail_after_table(self) -> None:
        """New detail widgets join the end of the focus chain; put them right after the table instead."""
        previous: QWidget = self.table
        content = self.detail.widget()
        if content is None:
            return
        for widget in content.findChildren(QWidget):
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

    def show_location(self, location: Location) -> bool:
        if location.kind == "organizations":
            self.show_category(location.target)
            return True
        org_id = self.pack.organization_id(location.target)
        return org_id is not None and self.show_organization(org_id)

    def title_for(self, location: Location) -> str:
        org = self.detail.organization
        return org.name if location.kind == "organization" and org else location.target

    def focus(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def printable(self) -> Printable | None:
        if self.model.near is not None:  # near a ZIP code: the handout of what is near
            return NearbySheet(self.model.near)
        return DirectorySheet(self.current_filter())

    def tab_chain(self) -> list[QWidget]:
        return [self.text, self.category, self.state, self.language, self.open_24_7, self.has_text,
                self.clear_button, self.zip_code, self.within, self.open_now, self.table]
