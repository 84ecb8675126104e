"""`mediation-desk self-test`: checks an installation end to end without showing a window."""

from __future__ import annotations

import argparse
import importlib
import os
from typing import Any

from mediation_desk.cli.common import fail, services_for
from mediation_desk.paths import generated_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test", help="open/migrate the database, load translations and every form"
    )
    parser.set_defaults(handler=run)


def _check_forms() -> list[str]:
    """Instantiates every compiled form on a widget of the kind it was designed for."""
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    loaded = []
    modules = sorted(generated_dir().glob("ui_*.py"))
    if not modules:
        raise RuntimeError("no compiled forms found; reinstall the application")
    for path in modules:
        module = importlib.import_module(f"mediation_desk.ui.generated.{path.stem}")
        form_classes = [v for k, v in vars(module).items() if k.startswith("Ui_")]
        source = path.read_text(encoding="utf-8")
        for form_class in form_classes:
            host: QWidget
            if ".setCentralWidget(" in source:
                host = QMainWindow()
            elif form_class.__name__.endswith("Dialog"):
                host = QDialog()
            else:
                host = QWidget()
            form_class().setupUi(host)
            host.deleteLater()
            loaded.append(form_class.__name__)
    return loaded


def run(args: argparse.Namespace, target: str | None) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with services_for(target, signed_in=False) as services:
            from mediation_desk.db.migrate import current_revision

            revision = current_revision(services.db.engine)
            categories = len(services.reference.categories())
            divisions = len(services.reference.divisions())
            database = services.db.engine.url.render_as_string(hide_password=True)
        from mediation_desk.app import create_qt_app

        qt_app = create_qt_app([])
        forms = _check_forms()
        qt_app.processEvents()
    except Exception as error:  # the point of a self-test is to explain any failure
        return fail(f"self-test failed: {type(error).__name__}: {error}")
    print(f"database: {database} (schema {revision})")
    print(f"reference data: {categories} categories, {divisions} divisions")
    print(f"translations: {qt_app.property('uiLanguage')} loaded")
    print(f"forms: {len(forms)} loaded ({', '.join(forms)})")
    print("self-test passed")
    return 0
