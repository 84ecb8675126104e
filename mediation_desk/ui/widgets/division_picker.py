"""Cascading county → township → village choice of an Ordos administrative division."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QSizePolicy, QWidget

from mediation_desk.domain.divisions import DivisionTree

NOT_CHOSEN = "—"
ORDOS_CODE = "150600"


class DivisionPicker(QWidget):
    """Three linked combo boxes (旗/区 → 苏木/镇/街道 → 嘎查/村/社区)."""

    code_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tree = DivisionTree(())
        self._root_code = ORDOS_CODE
        # A code the tree does not know (e.g. an old case's) is kept until the user picks another.
        self._unknown_code = ""
        self._last_code = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.countyCombo = self._make_combo("countyCombo", self.tr("Banner / district"))
        self.townshipCombo = self._make_combo(
            "townshipCombo", self.tr("Sumu / town / sub-district")
        )
        self.villageCombo = self._make_combo("villageCombo", self.tr("Gacha / village / community"))
        self._combos = (self.countyCombo, self.townshipCombo, self.villageCombo)
        # Village names (…社区居民委员会) are the longest, banner names the shortest.
        for combo, stretch in zip(self._combos, (2, 3, 4), strict=True):
            layout.addWidget(combo, stretch)
        self.setFocusProxy(self.countyCombo)
        self.countyCombo.currentIndexChanged.connect(self._on_county_combo_changed)
        self.townshipCombo.currentIndexChanged.connect(self._on_township_combo_changed)
        self.villageCombo.currentIndexChanged.connect(self._on_village_combo_changed)
        for combo in self._combos:
            line_edit = combo.lineEdit()
            assert line_edit is not None  # the combos are editable
            line_edit.editingFinished.connect(
                lambda combo=combo: self._on_combo_editing_finished(combo)
            )

    def _make_combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setAccessibleName(tooltip)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMinimumContentsLength(8)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.addItem(NOT_CHOSEN, "")
        return combo

    # -- public API ---------------------------------------------------------------------------

    def set_tree(self, tree: DivisionTree, root_code: str = ORDOS_CODE) -> None:
        """Shows the divisions below `root_code` (the city); clears the current choice."""
        self._tree = tree
        self._root_code = root_code
        self._unknown_code = ""
        self._fill(self.countyCombo, root_code)
        self._fill(self.townshipCombo, "")
        self._fill(self.villageCombo, "")
        self._emit_if_changed()

    def code(self) -> str:
        """The deepest division chosen, or "" when none is."""
        for combo in reversed(self._combos):
            chosen = combo.currentData()
            if chosen:
                return str(chosen)
        return self._unknown_code

    def set_code(self, code: str) -> None:
        """Chooses `code` and its parents; "" or the root clears the choice."""
        chain = self._tree.path(code)
        codes = [d.code for d in chain]
        path = chain[codes.index(self._root_code) + 1 :] if self._root_code in codes else []
        self._unknown_code = code if code and not path and code != self._root_code else ""
        parent = self._root_code
        for level, combo in enumerate(self._combos):
            with QSignalBlocker(combo):
                if level > 0:
                    self._fill(combo, parent)
                chosen = path[level].code if level < len(path) else ""
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            parent = chosen
        self._emit_if_changed()

    # -- cascading ----------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, parent_code: str) -> None:
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(NOT_CHOSEN, "")
            for division in self._tree.children(parent_code) if parent_code else ():
                combo.addItem(division.name, division.code)
            combo.setEnabled(combo.count() > 1)
            combo.setCurrentIndex(0)

    def _on_county_combo_changed(self, _index: int) -> None:
        self._unknown_code = ""
        self._fill(self.townshipCombo, str(self.countyCombo.currentData() or ""))
        self._fill(self.villageCombo, "")
        self._emit_if_changed()

    def _on_township_combo_changed(self, _index: int) -> None:
        self._unknown_code = ""
        self._fill(self.villageCombo, str(self.townshipCombo.currentData() or ""))
        self._emit_if_changed()

    def _on_village_combo_changed(self, _index: int) -> None:
        self._unknown_code = ""
        self._emit_if_changed()

    def _on_combo_editing_finished(self, combo: QComboBox) -> None:
        """Typed text picks the only matching item; anything else shows the current item again."""
        typed = combo.currentText().strip()
        index = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0 and typed and typed != NOT_CHOSEN:
            matches = [i for i in range(1, combo.count()) if typed in combo.itemText(i)]
            index = matches[0] if len(matches) == 1 else -1
        if not typed:
            index = 0
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    def _emit_if_changed(self) -> None:
        for combo in self._combos:
            line_edit = combo.lineEdit()
            if line_edit is not None and not line_edit.hasFocus():
                line_edit.setCursorPosition(0)  # a long name shows its beginning
        code = self.code()
        self.setToolTip(self._tree.full_name(code) if code else "")
        if code != self._last_code:
            self._last_code = code
            self.code_changed.emit(code)
