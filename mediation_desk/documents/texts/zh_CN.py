"""Simplified Chinese wording of the documents (人民调解文书), after the MoJ form samples.

Keys are stable; values are what gets printed. `{placeholders}` are filled by the builders.
"""

from __future__ import annotations

COMMON = {
    "reference": "编号：{case_no}",
    "name": "姓名",
    "gender": "性别",
    "ethnicity": "民族",
    "age": "年龄",
    "age_value": "{age}岁",
    "occupation": "职业或职务",
    "phone": "联系方式",
    "address": "单位或住址",
    "org_name": "名称",
    "org_address": "地址",
    "representative": "法定代表人",
    "representative_title": "职务",
    "gender.male": "男",
    "gender.female": "女",
    "list_separator": "、",
    "numbered_item": "{n}、{text}",
    "checked": "☑",
    "unchecked": "□",
    "blank_date": "年　　月　　日",
}

APPLICATION = {
    "title": "人民调解申请书",
    "applicant": "申请人",
    "respondent": "被申请人",
    "facts": "纠纷简要情况陈述：",
    "requests": "当事人申请事项：",
    "consent": (
        "人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。"
    ),
    "signature": "申请人（签名盖章或按指印）：",
}

ACCEPTANCE = {
    "title": "人民调解受理登记表",
    "opening": "{date}，本人民调解委员会经当事人同意，调解{parties}之间的纠纷。",
    "category": "纠纷类型",
    "source": "案件来源",
    "facts": "纠纷简要情况",
    "referral_body": "（移送单位：{body}）",
    "parties_signature": "当事人（签名）：",
    "registrar_signature": "登记人（签名）：",
    "signature_gap": "\u3000" * 6,
    "committee_seal": "{committee}（印章）",
    "note": "备注：此表由人民调解委员会填写。",
    "source.party_application": "当事人申请",
    "source.proactive_screening": "人民调解委员会主动调解",
    "source.court_referral": "人民法院委托移送",
    "source.police_referral": "公安机关委托移送",
    "source.petition_referral": "信访部门委托移送",
    "source.other_referral": "其他部门委托移送",
}

TEXTS = {"common": COMMON, "application": APPLICATION, "acceptance": ACCEPTANCE}
