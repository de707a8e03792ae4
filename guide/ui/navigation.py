"""The navigation tree: an item model over the pack's menu, and its view."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from guide.location import Location
from guide.store import MenuNode
from guide.ui.icons import ui_icon
from guide.ui.qt_start import ItemRole

_KINDS_WITH_ICONS = frozenset({"article", "organizations", "links", "folder"})  # each an icon of guide.ui.icons
_ModelIndex = QModelIndex | QPersistentModelIndex


def node_location(node: MenuNode) -> Location:
    if node.kind == "folder":
        return Location("folder", str(node.id))
    return Location(node.kind, node.target)


class MenuModel(QAbstractItemModel):
    """Read-only tree of MenuNode values; an index's internal id is the node id."""

    def __init__(self, menu: tuple[MenuNode, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roots: tuple[MenuNode, ...] = ()
        self._nodes: dict[int, MenuNode] = {}
        self._parent: dict[int, int | None] = {}
        self._row: dict[int, int] = {}
        self._index(menu)

    def _index(self, menu: tuple[MenuNode, ...]) -> None:
        self._roots = menu
        self._nodes.clear()
        self._parent.clear()
        self._row.clear()

        def index_nodes(nodes: tuple[MenuNode, ...], parent_id: int | None) -> None:
            for row, node in enumerate(nodes):
                self._nodes[node.id] = node
                self._parent[node.id] = parent_id
                self._row[node.id] = row
                index_nodes(node.children, node.id)

        index_nodes(menu, None)

    def retitle(self, menu: tuple[MenuNode, ...]) -> None:
        """The same tree with titles in another language: rows keep their place, so the view keeps
        its selection and what is expanded."""
        self._index(menu)
        self.layoutChanged.emit()
        for node_id in self._nodes:
            index = self.createIndex(self._row[node_id], 0, node_id)
            self.dataChanged.emit(index, index)

    def _children(self, parent: _ModelIndex) -> tuple[MenuNode, ...]:
        if not parent.isValid():
            return self._roots
        return self._nodes[parent.internalId()].children

    def node(self, index: _ModelIndex) -> MenuNode | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def index(self, row: int, column: int, parent: _ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (the Qt signature)
        children = self._children(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row].id)

    def parent(self, child: _ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 (the Qt signature)
        if not child.isValid():
            return QModelIndex()
        parent_id = self._parent.get(child.internalId())
        if parent_id is None:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (the Qt signature)
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 (the Qt signature)
        return 1

    def data(self, index: _ModelIndex, role: int = ItemRole.DISPLAY) -> object:
        node = self.node(index)
        if node is None:
            return None
        if role in (ItemRole.DISPLAY, ItemRole.ACCESSIBLE_TEXT, ItemRole.TOOL_TIP):
            return node.title
        if role == ItemRole.DECORATION:
            return ui_icon(node.kind if node.kind in _KINDS_WITH_ICONS else "folder")
        if role == ItemRole.NODE:
            return node
        return None

    def headerData(self, section: int, orientation: object, role: int = ItemRole.DISPLAY) -> object:  # noqa: N802
        # The header is hidden, but a screen reader still reads the column's name (Qt's default: "1").
        if role in (ItemRole.DISPLAY, ItemRole.ACCESSIBLE_TEXT) and section == 0:
            return self.tr("Contents")
        return None

    def index_for(self, location: Location) -> QModelIndex:
        """The first node showing ``location`` (menu order), or an invalid index."""
        for node_id, node in self._nodes.items():
            if node_location(node) == location:
                return self.createIndex(self._row[node_id], 0, node_id)
        return QModelIndex()

    def first_index(self) -> QModelIndex:
        return self.index(0, 0)

    def node_by_id(self, node_id: int) -> MenuNode | None:
        return self._nodes.get(node_id)


class NavigationTree(QTreeView):
    """The menu as a tree. Selecting a node asks for its page; Enter also moves focus to the page.

    Arrows move, type-ahead (QTreeView's keyboard search) jumps to a title.
    """

    location_selected = Signal(Location)
    activated_page = Signal()

    def __init__(self, model: MenuModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.retranslate()
        self.expandAll()
        self._silent = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Contents"))
        self.setAccessibleDescription(self.tr("The guide's sections. Arrows move, Enter opens the page, "
                                              "typing jumps to a title."))

    def menu_model(self) -> MenuModel:
        return self.model()  # type: ignore[return-value]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.menu_model().node(current)
        if node is not None and not self._silent:
            self.location_selected.emit(node_location(node))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and self.currentIndex().isValid():
            node = self.menu_model().node(self.currentIndex())
            if node is not None:
                self.location_selected.emit(node_location(node))
                self.activated_page.emit()
            return
        super().keyPressEvent(event)

    def show_location(self, location: Location) -> None:
        """Select the node for ``location`` without asking for the page again (it is already shown)."""
        index = self.menu_model().index_for(location)
        self._silent = True
        try:
            if index.isValid():
                self.setCurrentIndex(index)
                self.scrollTo(index)
            else:
                self.selectionModel().clearSelection()
        finally:
            self._silent = False
