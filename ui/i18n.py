"""Loading the zh_CN translation (ours and Qt's own dialogs') and remembering the choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The language the running application shows."""
    return _current[0]


def settings() -> QSettings:
    return QSettings("FrontDesk", "FrontDesk")


def saved_language() -> str | None:
    value = settings().value("language")
    return value if value in ("en", "zh_CN") else None


def save_language(language: str) -> None:
    settings().setValue("language", language)


def install(language: str) -> bool:
    """Switch the running application to `language`; Qt sends LanguageChange to widgets."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(
        QLocale(QLocale.Chinese, QLocale.China)
        if language == "zh_CN"
        else QLocale(QLocale.English, QLocale.UnitedStates)
    )
    if language != "zh_CN":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(I18N_DIR / "frontdesk_zh_CN.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return loaded
