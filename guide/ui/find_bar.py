"""Find in page (Ctrl+F): a bar under an article that finds text as it is typed, as a browser's does.

Enter finds the next match, Shift+Enter the previous, Escape closes the bar and returns to the page.
Searching the whole guide is another thing (Ctrl+K, the field above the contents).
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt once a key is pressed: see guide.ui.qt_start
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from guide.ui.accessible import name_clear_button


class FindBar(QWidget):
    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.find_from_start())
        self.field.installEventFilter(self)
        self.previous_button, self.next_button, self.close_button = QToolButton(), QToolButton(), QToolButton()
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.next_button.clicked.connect(lambda: self.find_next(backward=False))
        self.close_button.clicked.connect(self.close_bar)
        self.result = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.result, self.close_button):
            row.addWidget(widget)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.field.setAccessibleDescription(self.tr("Enter finds the next match, Shift+Enter the previous; "
                                                    "Escape closes."))
        name_clear_button(self.field, self.tr("Clear the text to find"))
        for button, text in ((self.previous_button, self.tr("Previous")), (self.next_button, self.tr("Next")),
                             (self.close_button, self.tr("Close find"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.result.setAccessibleName(self.tr("Matches"))
        self._count()

    def tab_chain(self) -> list[QWidget]:
        return [self.field, self.previous_button, self.next_button, self.close_button]

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus()

    def clear(self) -> None:
        """Forget what was looked for (quick exit)."""
        self.field.clear()
        self.result.clear()
        self.hide()

    def find_from_start(self) -> None:
        cursor = self.view.textCursor()
        cursor.setPosition(0)
        self.view.setTextCursor(cursor)
        self.find_next(backward=False)

    def find_next(self, backward: bool) -> bool:
        """Select the next (or previous) match, going round the page's end; False when there is none."""
        text = self.field.text()
        if not text:
            self._clear_selection()
            self._count()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.find(text, flags)
        if not found:  # round the end, as a browser does
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        if not found:
            self._clear_selection()
        self._count()
        return found

    def matches(self) -> int:
        text, document = self.field.text(), self.view.document()
        count, cursor = 0, document.find(text) if text else QTextCursor()
        while not cursor.isNull():
            count += 1
            cursor = document.find(text, cursor)
        return count

    def _count(self) -> None:
        if not self.field.text():
            self.result.setText("")
            return
        total = self.matches()
        if not total:
            self.result.setText(self.tr("Not found"))
            return
        before = self.view.textCursor().selectionStart()
        position, cursor = 0, self.view.document().find(self.field.text())
        while not cursor.isNull() and cursor.selectionStart() <= before:
            position += 1
            cursor = self.view.document().find(self.field.text(), cursor)
        self.result.setText(self.tr("{position} of {total}").format(position=max(position, 1), total=total))

    def _clear_selection(self) -> None:
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                self.find_next(backward=bool(key_event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier))
                return True
            if key == QtCore.Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False
