"""The services fixtures (a committee on a temporary SQLite file) for end-to-end tests too."""

from tests.services.conftest import db_path, services

__all__ = ["db_path", "services"]
