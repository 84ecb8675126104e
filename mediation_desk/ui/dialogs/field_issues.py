"""Shows validation messages at the field they concern: a red or orange note under the widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mediation_desk.domain.validation import Issue, Severity
from mediation_desk.ui.validation_messages import message_for

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b45f06"
_INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@dataclass(frozen=True)
class FieldMessage:
    """One translated message for one widget."""

    severity: Severity
    text: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def messages_by_widget(
    issues: Iterable[Issue],
    widget_for: Callable[[str], QWidget | None],
    text_for: Callable[[Issue], str] = message_for,
) -> tuple[dict[QWidget, list[FieldMessage]], list[FieldMessage]]:
    """Groups issues by the widget that shows them; the rest have no widget on this form."""
    placed: dict[QWidget, list[FieldMessage]] = {}
    unplaced: list[FieldMessage] = []
    for issue in issues:
        message = FieldMessage(issue.severity, text_for(issue))
        widget = widget_for(issue.field)
        if widget is None:
            unplaced.append(message)
        else:
            placed.setdefault(widget, []).append(message)
    return placed, unplaced


class FieldIssues:
    """Owns the message labels of one form and the highlighted frames of its widgets."""

    def __init__(self) -> None:
        self._labels: dict[QWidget, QLabel] = {}
        self._shown: dict[QWidget, list[FieldMessage]] = {}

    def show(self, widget: QWidget, messages: Sequence[FieldMessage]) -> None:
        """Replaces what `widget` shows with `messages` (errors first); empty clears it."""
        if not messages:
            self.clear(widget)
            return
        ordered = sorted(messages, key=lambda m: not m.is_error)
        colour = ERROR_COLOUR if ordered[0].is_error else WARNING_COLOUR
        label = self._label_for(widget)
        label.setText("\n".join(dict.fromkeys(m.text for m in ordered)))
        label.setStyleSheet(f"color: {colour};")
        label.setProperty("severity", str(ordered[0].severity))
        self._set_label_visible(label, True)
        for target in _inputs_of(widget):
            target.setStyleSheet(
                f"#{target.objectName()} {{ border: 2px solid {colour}; border-radius: 3px; }}"
            )
        widget.setToolTip(label.text())
        self._shown[widget] = list(ordered)

    def show_issues(self, widget: QWidget, issues: Iterable[Issue]) -> None:
        """Shows the translated messages of `issues` at `widget`; no issues clears it."""
        self.show(widget, [FieldMessage(issue.severity, message_for(issue)) for issue in issues])

    def clear(self, widget: QWidget | None = None) -> None:
        """Removes the message of `widget`, or of every widget when None."""
        widgets = [widget] if widget is not None else list(self._shown)
        for target in widgets:
            if self._shown.pop(target, None) is None:
                continue
            self._set_label_visible(self._labels[target], False)
            for input_widget in _inputs_of(target):
                input_widget.setStyleSheet("")
            target.setToolTip("")

    def messages(self, widget: QWidget) -> list[FieldMessage]:
        """What `widget` shows now."""
        return list(self._shown.get(widget, ()))

    def _label_for(self, widget: QWidget) -> QLabel:
        label = self._labels.get(widget)
        if label is None:
            label = QLabel(widget.parentWidget())
            label.setObjectName(f"{widget.objectName()}Message")
            label.setWordWrap(True)
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.92)
            label.setFont(font)
            _insert_below(widget, label)
            self._labels[widget] = label
        return label

    @staticmethod
    def _set_label_visible(label: QLabel, visible: bool) -> None:
        form = _form_of(label)
        if form is not None:
            form.setRowVisible(label, visible)
        label.setVisible(visible)


def _inputs_of(widget: QWidget) -> list[QWidget]:
    """The widget itself when it takes input, else the inputs of a container (picker, radios)."""
    if isinstance(widget, _INPUT_TYPES):
        return [widget]
    return [w for w in widget.findChildren(QWidget) if isinstance(w, _INPUT_TYPES)]


def _form_of(label: QLabel) -> QFormLayout | None:
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    for found, _index in _layout_path(layout, label) if layout is not None else []:
        if isinstance(found, QFormLayout):
            return found
    return None


def _layout_path(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]]:
    """The chain of (layout, item index) leading from `layout` to the item holding `widget`."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child = item.widget()
        if child is not None and (child is widget or child.isAncestorOf(widget)):
            return [(layout, index)]
        sub = item.layout()
        if sub is not None:
            found = _layout_path(sub, widget)
            if found:
                return [(layout, index), *found]
    return []


def _insert_below(widget: QWidget, label: QLabel) -> None:
    """Puts `label` in a new form row under the widget's row, or next in its box layout."""
    holder = widget.parentWidget()
    path: list[tuple[QLayout, int]] = []
    while holder is not None and not path:
        layout = holder.layout()
        path = _layout_path(layout, widget) if layout is not None else []
        holder = holder.parentWidget()
    forms = [(lay, i) for lay, i in path if isinstance(lay, QFormLayout)]
    if forms:
        form, index = forms[-1]
        row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getItemPosition(index))
        form.insertRow(row + 1, "", label)
        return
    boxes = [(lay, i) for lay, i in path if isinstance(lay, QBoxLayout)]
    if boxes:
        box, index = boxes[-1]
        box.insertWidget(index + 1, label)
