"""The document kinds by their stable codes (the CLI's KIND argument)."""

from __future__ import annotations

from collections.abc import Callable

from mediation_desk.documents.acceptance import build_acceptance
from mediation_desk.documents.application import build_application
from mediation_desk.documents.model import Document
from mediation_desk.documents.sources import CaseDocumentSource

Builder = Callable[[CaseDocumentSource, str], Document]

BUILDERS: dict[str, Builder] = {
    "application": build_application,
    "acceptance": build_acceptance,
}
DEFAULT_LANGUAGE = "zh_CN"


def build_document(
    kind: str, source: CaseDocumentSource, language: str = DEFAULT_LANGUAGE
) -> Document:
    """Builds the document of `kind`; KeyError for an unknown kind."""
    return BUILDERS[kind](source, language)
