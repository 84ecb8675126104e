"""The list of CLI commands; each module has `register(subparsers)` setting `handler`."""

from __future__ import annotations

from mediation_desk.cli import (
    audit_command,
    backup_commands,
    case_commands,
    check_command,
    demo_command,
    document_command,
    due_command,
    gui_command,
    interchange_commands,
    retention_command,
    self_test,
    users_command,
)

ALL = (
    gui_command,
    self_test,
    case_commands,
    due_command,
    interchange_commands,
    demo_command,
    document_command,
    backup_commands,
    check_command,
    users_command,
    audit_command,
    retention_command,
)
