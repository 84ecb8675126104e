"""The wording of every document, one module per document language."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from mediation_desk.documents.texts import zh_CN

LANGUAGES = ("zh_CN",)
_BY_LANGUAGE: dict[str, dict[str, dict[str, str]]] = {"zh_CN": zh_CN.TEXTS}


class UnsupportedLanguage(ValueError):
    """No wording exists for this document language yet."""


def wording(language: str, document: str) -> Mapping[str, str]:
    """The texts of one document (or of "common") in the document language."""
    try:
        return MappingProxyType(_BY_LANGUAGE[language][document])
    except KeyError:
        raise UnsupportedLanguage(f"{document} in {language}") from None
