"""The document kinds by their stable codes (the CLI's KIND argument)."""

from __future__ import annotations

from mediation_desk.documents.contents import CASE_FILE, Builder
from mediation_desk.documents.dossier import KIND as DOSSIER
from mediation_desk.documents.dossier import build_dossier
from mediation_desk.documents.model import Document
from mediation_desk.documents.sources import CaseDocumentSource

BUILDERS: dict[str, Builder] = {kind: build for kind, build, _ in CASE_FILE}
BUILDERS[DOSSIER] = build_dossier
DEFAULT_LANGUAGE = "zh_CN"


def build_document(
    kind: str, source: CaseDocumentSource, language: str = DEFAULT_LANGUAGE
) -> Document:
    """Builds the document of `kind`; KeyError for an unknown kind, MissingDocumentData when
    the case has no record for it yet."""
    return BUILDERS[kind](source, language)
