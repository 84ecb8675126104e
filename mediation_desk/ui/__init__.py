"""Qt user interface: windows, dialogs, table models, widgets."""
