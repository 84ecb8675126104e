"""Persistence: tables, engine and migrations. Works on SQLite (default) and PostgreSQL."""
