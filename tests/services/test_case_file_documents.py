"""What every document of a case file says, for known cases built through the services."""

from __future__ import annotations

import pytest

from mediation_desk.documents.contents import applicable_kinds
from mediation_desk.documents.errors import MissingDocumentData
from mediation_desk.documents.kinds import BUILDERS, build_document
from mediation_desk.documents.model import (
    Document,
    Heading,
    PageBreak,
    SignatureBlock,
    Table,
    plain_text,
)
from mediation_desk.domain.case_file import CaseDocumentSource
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.bootstrap import Services, open_services
from mediation_desk.services.case_file import load_case_file
from mediation_desk.services.errors import NotFound
from tests.services import case_files
from tests.services.case_files import (
    APPLICANT,
    COMMITTEE,
    RESPONDENT,
    committee_with_every_case,
)

Sources = dict[str, CaseDocumentSource]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CaseDocumentSource]:
    """Every known case, loaded once for the module (building them takes a few seconds)."""
    url, numbers = committee_with_every_case(tmp_path_factory.mktemp("case-files"))
    services = open_services(url)
    try:
        return {name: load_case_file(services, no, "zh_CN") for name, no in numbers.items()}
    finally:
        services.close()


def _text(sources: Sources, build: str, kind: str) -> str:
    return plain_text(build_document(kind, sources[build]))


def _compact(document: Document) -> str:
    return "".join(plain_text(document).split())


def test_the_loader_gathers_the_records_of_a_concluded_case(services: Services) -> None:
    source = load_case_file(services, case_files.concluded_case(services), "zh_CN")
    assert source.committee.name == COMMITTEE
    assert source.mediator_names == ("乌力吉",)
    assert len(source.investigations) == 2 and len(source.sessions) == 1
    assert source.agreement is not None and source.agreement.recorded
    assert source.confirmation is not None and len(source.follow_ups) == 1
    assert source.accepted_on is not None and source.accepted_on.isoformat() == "2025-03-03"
    assert source.reached(CaseStatus.ARCHIVED) is not None
    by_number = load_case_file(services, source.case.case_no, "zh_CN")
    assert by_number.case.uuid == source.case.uuid
    with pytest.raises(NotFound):
        load_case_file(services, "（2025）巴音敖包人调字第99号", "zh_CN")


def test_a_concluded_case_has_its_documents_in_the_order_of_the_index(sources: Sources) -> None:
    assert applicable_kinds(sources["concluded_case"]) == (
        "application",
        "acceptance",
        "rights-notice",
        "investigation",
        "session-record",
        "agreement",
        "follow-up",
        "judicial-confirmation",
    )


def test_rights_notice_is_addressed_to_each_party_with_articles_23_and_24(sources: Sources) -> None:
    document = build_document("rights-notice", sources["concluded_case"])
    text = plain_text(document)
    assert f"{APPLICANT}：" in text and f"{RESPONDENT}：" in text
    for right in ("选择或者接受人民调解员", "要求调解公开进行或者不公开进行", "如实陈述纠纷事实"):
        assert right in text
    assert "不收取任何费用" in text and "三十日内共同向人民法院申请司法确认" in text
    assert sum(isinstance(b, PageBreak) for b in document.blocks) == 1  # one notice a party
    assert text.count("当事人（签名或按指印）") == 2 and text.count("二〇二五年三月四日") == 2


def test_investigations_are_one_record_each(sources: Sources) -> None:
    document = build_document("investigation", sources["concluded_case"])
    text = plain_text(document)
    assert [b.text for b in document.blocks if isinstance(b, Heading)] == ["人民调解调查记录"]
    for label in ("时间", "地点", "调查人", "被调查人", "参加人", "记录人", "调查记录："):
        assert label in text, label
    assert "二〇二五年三月五日九时三十分" in text  # 01:30 UTC is 9:30 in Ordos
    assert "被调查人 王𠈌" in text and "被调查人 ᠪᠠᠲᠤ" in text
    assert "问：草场边界在哪里？" in text and "1、草场承包经营权证复印件（提供人：王𠈌）" in text
    assert text.count("被调查人（签名或按指印）") == 2


def test_session_record_has_the_statements_and_the_result(sources: Sources) -> None:
    text = _text(sources, "concluded_case", "session-record")
    for label in ("时间", "地点", "事由", "当事人", "参加人", "人民调解员", "记录人"):
        assert label in text, label
    assert f"{APPLICANT}、{RESPONDENT}之间的草原草场纠纷" in text
    assert "嘎查长（经当事人同意邀请）" in text
    assert f"{RESPONDENT}：承认羊群越界，愿意赔偿一万元。" in text
    assert "调解结果：" in text and "双方同意以一万二千元了结" in text
    assert "参加人（签名）" in text and "记录人（签名）" in text


def test_agreement_follows_article_29(sources: Sources) -> None:
    document = build_document("agreement", sources["concluded_case"])
    text = plain_text(document)
    for label in ("人民调解协议书", "纠纷主要事实：", "争议事项：", "各方责任：", "经调解"):
        assert label in text, label
    assert f"1、{RESPONDENT}赔偿王𠈌草场损失。" in text
    assert "人民币12,000.00元（大写：人民币壹万贰仟元整）" in text
    assert (
        "履行方式：银行转账。履行地点：乌审召镇信用社。履行期限：二〇二五年四月三十日前。" in text
    )
    assert "本协议一式3份，当事人各执一份，人民调解委员会留存一份。" in text
    boxes = next(b for b in document.blocks if isinstance(b, Table))
    assert boxes.rows == (
        ("当事人", "签名（盖章）", "按指印"),
        (APPLICANT, "", ""),
        (RESPONDENT, "", ""),
    )
    assert boxes.keep_with_next
    signatures = document.blocks[-1]
    assert isinstance(signatures, SignatureBlock)
    assert [line.text.strip("\u3000") for line in signatures.lines] == [
        "人民调解员（签名）：",
        "记录人（签名）：",
        f"{COMMITTEE}（印章）",
        "二〇二五年三月二十一日",  # signed (effective) on
    ]


def test_agreement_prints_the_draft_before_one_is_recorded(sources: Sources) -> None:
    text = _text(sources, "drafted_case", "agreement")
    assert "本协议一式3份" in text and "二〇二五年三月二十日" in text


def test_oral_agreement_register(sources: Sources) -> None:
    text = _text(sources, "oral_case", "oral-agreement")
    for label in ("人民调解口头协议登记表", "口头协议内容", "履行方式、时限", "达成协议日期"):
        assert label in text, label
    assert f"1、{RESPONDENT}清理排水沟。履行方式：当场清理。" in text
    assert "登记人（签名）" in text and "二〇二五年三月六日" in text
    with pytest.raises(MissingDocumentData, match="oral"):
        build_document("agreement", sources["oral_case"])


def test_follow_up_record(sources: Sources) -> None:
    text = _text(sources, "concluded_case", "follow-up")
    for label in ("人民调解回访记录", "调解协议编号", "回访事由", "回访时间", "回访情况"):
        assert label in text, label
    assert "电话回访" in text and "协议履行情况：已履行完毕。" in text
    assert "当事人态度：对调解结果满意。" in text and "回访人（签名）：王芳" in text


def test_judicial_confirmation_application(sources: Sources) -> None:
    text = _text(sources, "concluded_case", "judicial-confirmation")
    for label in ("司法确认申请书", "申请人（1）", "申请人（2）", "身份证号码", "请求事项："):
        assert label in text, label
    assert f"经{COMMITTEE}主持调解达成的人民调解协议有效" in text
    assert "该协议于二〇二五年三月二十一日生效" in text
    assert "此致" in text and "乌审旗人民法院" in text and "二〇二五年三月二十五日" in text
    assert "申请人承诺：" in text and "附：1. 人民调解协议书" in text


def test_referral_letter_tells_the_time_limits_of_the_channel(sources: Sources) -> None:
    text = _text(sources, "diverted_case", "referral")
    assert "人民政府处理（土地、草原权属争议等行政裁决）" in text
    assert "接收单位：乌审旗人民政府" in text and "二〇二五年三月四日" in text
    assert "该纠纷属于草原使用权属争议" in text
    assert "自接到处理决定通知之日起三十日内向人民法院起诉" in text
    assert "自知道或者应当知道作出行政行为之日起六个月内提出" in text


def test_termination_notice_explains_the_channels(sources: Sources) -> None:
    text = _text(sources, "terminated_case", "termination")
    assert "第二十六条" in text and "本委员会决定于二〇二五年三月二十八日终止调解" in text
    assert "本委员会于二〇二五年三月三日受理调解" in text
    assert "1、人民法院（民事诉讼）" in text and "2、苏木乡镇（街道）人民调解委员会" in text


def test_escalation_report_says_level_recipients_time_and_measures(sources: Sources) -> None:
    text = _text(sources, "escalated_case", "escalation")
    assert "公安派出所、司法所：" in text and "第二十五条" in text
    assert "风险等级 | 重大" in text and "涉及人数 | 2人" in text
    assert "二〇二五年三月三日十时，电话报告" in text
    assert "分开双方，派出所民警到场" in text and "报告人（签名）：王芳" in text


def test_dossier_cover_index_and_back_cover(sources: Sources) -> None:
    document = build_document("dossier", sources["concluded_case"])
    assert not document.show_title and not document.page_numbers
    compact = _compact(document)
    for label in ("调解卷宗", "卷内目录", "卷内备考表", "保管期限", "立卷人"):
        assert label in compact, label
    assert COMMITTEE in compact and "（2025）巴音敖包人调字第1号" in compact
    assert "达成书面调解协议（已履行完毕）" in compact and "受理日期：二〇二五年三月三日" in compact
    index = next(b for b in document.blocks if isinstance(b, Table))
    rows = [row for row in index.rows[1:] if row[0]]
    assert [row[1] for row in rows] == [
        "人民调解申请书",
        "人民调解受理登记表",
        "人民调解当事人权利义务告知书",
        "人民调解调查记录",
        "人民调解记录",
        "人民调解协议书",
        "人民调解回访记录",
        "司法确认申请书",
        "卷内备考表",
    ]
    assert [row[2] for row in rows] == ["1", "2", "3—6", "7—8", "9—10", "11—12", "13", "14—15", ""]
    assert "本卷共有文书材料8件，共15页。" in compact


@pytest.mark.parametrize(
    ("kind", "build"),
    [
        ("agreement", "escalated_case"),
        ("oral-agreement", "concluded_case"),
        ("investigation", "diverted_case"),
        ("session-record", "diverted_case"),
        ("follow-up", "drafted_case"),
        ("judicial-confirmation", "drafted_case"),
        ("referral", "concluded_case"),
        ("termination", "concluded_case"),
        ("escalation", "concluded_case"),
    ],
)
def test_a_document_without_its_record_is_refused_plainly(
    sources: Sources, kind: str, build: str
) -> None:
    source = sources[build]
    assert kind not in applicable_kinds(source)
    with pytest.raises(MissingDocumentData) as missing:
        build_document(kind, source)
    assert source.case.case_no in str(missing.value) and kind in str(missing.value)


def test_every_kind_has_a_builder() -> None:
    from mediation_desk.cli.document_command import KINDS

    assert set(KINDS) == set(BUILDERS)
