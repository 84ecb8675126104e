"""The words on the committee's seal: printed beside every seal area, the name when empty."""

from __future__ import annotations

from dataclasses import replace

from documents_sources import full_source

from mediation_desk.documents.kinds import build_document
from mediation_desk.documents.model import plain_text


def test_documents_print_the_seal_text_when_it_differs_from_the_name() -> None:
    source = full_source()
    assert source.committee.seal_name == source.committee.name
    sealed = replace(
        source, committee=replace(source.committee, seal_text="巴音敖包嘎查调解委员会")
    )
    for kind in ("agreement", "acceptance", "referral"):
        text = plain_text(build_document(kind, sealed))
        assert "巴音敖包嘎查调解委员会（印章）" in text, kind
