"""What the application and the acceptance form say for a known case (no database, no docx)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mediation_desk.documents.kinds import BUILDERS, build_document
from mediation_desk.documents.model import FieldLine, SignatureBlock, Table, plain_text
from mediation_desk.documents.sources import CaseDocumentSource, age_on
from mediation_desk.documents.texts import UnsupportedLanguage
from mediation_desk.domain.enums import (
    ApplicationForm,
    CaseSource,
    CaseStatus,
    Gender,
    PartyKind,
    PartyRole,
)
from mediation_desk.domain.models import Case, CaseDraft, Committee, Party

COMMITTEE = "乌审召镇巴音敖包嘎查人民调解委员会"
CASE_NO = "（2025）巴音敖包人调字第1号"


def known_source(source: CaseSource = CaseSource.PARTY_APPLICATION) -> CaseDocumentSource:
    """A grassland dispute: a Mongolian herder, a Han neighbour with a rare name, a company."""
    draft = CaseDraft(
        received_on=date(2025, 3, 2),
        source=source,
        application_form=ApplicationForm.WRITTEN,
        category_code="grassland",
        facts="申请人与被申请人因草场边界发生争议，被申请人的羊群多次越界放牧。",
        requests="确认草场边界\n被申请人赔偿草场损失人民币壹万贰仟元整",
        referral_body="乌审旗公安局" if source is CaseSource.POLICE_REFERRAL else "",
        parties=(
            Party(
                PartyRole.APPLICANT,
                PartyKind.PERSON,
                "ᠪᠠᠲᠤ",
                gender=Gender.MALE,
                ethnicity="02",
                birth_date=date(1985, 3, 17),
                occupation="牧民",
                phone="13904771234",
                address="乌审旗乌审召镇巴音敖包嘎查",
            ),
            Party(
                PartyRole.RESPONDENT,
                PartyKind.PERSON,
                "王𠈌",
                gender=Gender.FEMALE,
                ethnicity="01",
                birth_date=date(1990, 3, 2),
            ),
            Party(
                PartyRole.RESPONDENT,
                PartyKind.ORGANISATION,
                "鄂尔多斯市某某牧业有限公司",
                legal_representative="张三",
                representative_title="总经理",
                address="鄂尔多斯市康巴什区某某路1号",
            ),
        ),
    )
    now = datetime(2025, 3, 2, 8, tzinfo=UTC)
    case = Case("uuid-1", CASE_NO, 2025, 1, CaseStatus.REGISTERED, draft, now, now)
    return CaseDocumentSource(
        committee=Committee(COMMITTEE, "巴音敖包", "150626100"),
        case=case,
        category_names={"grassland": "山林土地草原"},
        ethnicity_names={"01": "汉族", "02": "蒙古族"},
    )


def test_application_has_every_label_of_the_form() -> None:
    text = plain_text(build_document("application", known_source()))
    for label in (
        "人民调解申请书",
        "申请人",
        "被申请人",
        "姓名",
        "性别",
        "民族",
        "年龄",
        "职业或职务",
        "联系方式",
        "单位或住址",
        "名称",
        "地址",
        "法定代表人",
        "职务",
        "纠纷简要情况陈述：",
        "当事人申请事项：",
        "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。",
        "申请人（签名盖章或按指印）",
        "二〇二五年三月二日",
        f"编号：{CASE_NO}",
    ):
        assert label in text, label


def test_application_repeats_the_particulars_for_every_party() -> None:
    document = build_document("application", known_source())
    lines = [b for b in document.blocks if isinstance(b, FieldLine)]
    assert [line.heading for line in lines if line.heading] == ["申请人", "被申请人", "被申请人"]
    values = {field.label: field.value for line in lines[:3] for field in line.fields}
    assert values == {
        "姓名": "ᠪᠠᠲᠤ",
        "性别": "男",
        "民族": "蒙古族",
        "年龄": "39岁",
        "职业或职务": "牧民",
        "联系方式": "13904771234",
        "单位或住址": "乌审旗乌审召镇巴音敖包嘎查",
    }
    organisation = {field.label: field.value for line in lines[6:] for field in line.fields}
    assert organisation["名称"] == "鄂尔多斯市某某牧业有限公司"
    assert organisation["法定代表人"] == "张三" and organisation["职务"] == "总经理"


def test_names_outside_the_basic_plane_and_mongolian_script_stay_intact() -> None:
    text = plain_text(build_document("application", known_source()))
    assert "ᠪᠠᠲᠤ" in text and "王𠈌" in text
    acceptance = plain_text(build_document("acceptance", known_source()))
    assert "调解ᠪᠠᠲᠤ、王𠈌、鄂尔多斯市某某牧业有限公司之间的纠纷" in acceptance


def test_requests_are_numbered_like_the_form() -> None:
    text = plain_text(build_document("application", known_source()))
    assert "1、确认草场边界" in text
    assert "2、被申请人赔偿草场损失人民币壹万贰仟元整" in text


def test_acceptance_form_content() -> None:
    document = build_document("acceptance", known_source())
    text = plain_text(document)
    assert text.startswith("人民调解受理登记表")
    assert "二〇二五年三月二日，本人民调解委员会经当事人同意，调解" in text
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [row[0] for row in table.rows] == ["纠纷类型", "案件来源", "纠纷简要情况"]
    assert table.rows[0][1] == "山林土地草原"
    assert "☑当事人申请" in table.rows[1][1]
    assert "□人民调解委员会主动调解" in table.rows[1][1]
    signature = next(b for b in document.blocks if isinstance(b, SignatureBlock))
    assert [line.text for line in signature.lines] == [
        "当事人（签名）：　　　　　　登记人（签名）：",
        f"{COMMITTEE}（印章）",
        "二〇二五年三月二日",
    ]
    assert "备注：此表由人民调解委员会填写。" in text
    assert f"编号：{CASE_NO}" in text


def test_acceptance_marks_a_referral_and_names_the_referring_body() -> None:
    document = build_document("acceptance", known_source(CaseSource.POLICE_REFERRAL))
    options = next(b for b in document.blocks if isinstance(b, Table)).rows[1][1]
    assert "☑公安机关委托移送（移送单位：乌审旗公安局）" in options
    assert "□当事人申请" in options and options.count("☑") == 1


def test_ages_count_full_years_on_the_day_of_receipt() -> None:
    assert age_on(date(1990, 3, 2), date(2025, 3, 2)) == 35
    assert age_on(date(1990, 3, 3), date(2025, 3, 2)) == 34
    assert age_on(None, date(2025, 3, 2)) is None


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_every_kind_refuses_a_language_without_wording(kind: str) -> None:
    with pytest.raises(UnsupportedLanguage):
        build_document(kind, known_source(), "mn_Mong_CN")
