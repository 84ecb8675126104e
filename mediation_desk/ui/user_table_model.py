"""The accounts as a table: username, name, role, linked mediator, active."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from mediation_desk.domain.access.roles import Account
from mediation_desk.ui.access_messages import role_name

_Index = QModelIndex | QPersistentModelIndex


class UserTableModel(QAbstractTableModel):
    """Read-only rows of accounts for the Users dialog."""

    def __init__(self, mediator_names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []
        self._mediator_names = dict(mediator_names)
        self._headers = (
            self.tr("Username"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Mediator"),
            self.tr("State"),
        )

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        account = self.account(index.row()) if index.isValid() else None
        if account is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            account.username,
            account.display_name,
            role_name(account.role),
            self._mediator_names.get(account.mediator_uuid, ""),
            self.tr("active") if account.active else self.tr("switched off"),
        )[index.column()]
