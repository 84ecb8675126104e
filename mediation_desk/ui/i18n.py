"""Interface languages: installs the app's and Qt's own translation catalogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediation_desk.paths import generated_dir

DEFAULT_LANGUAGE = "zh_CN"


class TranslationMissingError(RuntimeError):
    """A catalog the interface needs could not be loaded."""


def install_translators(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Loads the catalogs for `language` (English needs none) and records the choice on the app.

    The returned translators must be kept alive as long as the application runs.
    """
    app.setProperty("uiLanguage", language)
    if language == "en":
        return []
    translators: list[QTranslator] = []
    own = QTranslator(app)
    catalog = generated_dir() / f"mediation_desk_{language}.qm"
    if not own.load(str(catalog)):
        raise TranslationMissingError(str(catalog))
    translators.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        qt_catalog = QTranslator(app)
        if qt_catalog.load(QLocale(language), name, "_", qt_dir):
            translators.append(qt_catalog)
            break
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return translators
