"""Dialogs: one module per form in forms/, each holding its compiled form as `self.ui`."""
