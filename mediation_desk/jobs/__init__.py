"""Background work: the only threading code of the app."""
