"""Reusable widgets shared by several dialogs."""
