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
    "dispute": "{parties}之间的{category}纠纷",
    "committee_seal": "{committee}（印章）",
    "amount": "人民币{figures}元（大写：{capitals}）",
    "none": "无",
    "signature_fill": "\u3000" * 6,
    "performance.pending": "尚未履行",
    "performance.performed": "已履行完毕",
    "performance.partly_performed": "部分履行",
    "performance.not_performed": "未履行",
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

RIGHTS_NOTICE = {
    "title": "人民调解当事人权利义务告知书",
    "salutation": "{party}：",
    "opening": (
        "根据《中华人民共和国人民调解法》的规定，现将人民调解委员会的性质、调解原则和法律效果，"
        "以及在调解中各方当事人享有的权利和应当承担的义务告知如下："
    ),
    "sections": "\n".join(
        (
            "一、人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，"
            "不收取任何费用。",
            "二、人民调解遵循下列原则：（一）在当事人自愿、平等的基础上进行调解；"
            "（二）不违背法律、法规和国家政策；（三）尊重当事人的权利，不得因调解而阻止当事人"
            "依法通过仲裁、行政、司法等途径维护自己的权利。",
            "三、当事人在人民调解活动中享有下列权利：（一）选择或者接受人民调解员；"
            "（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；"
            "（四）自主表达意愿、自愿达成调解协议。",
            "四、当事人在人民调解活动中履行下列义务：（一）如实陈述纠纷事实；"
            "（二）遵守调解现场秩序，尊重人民调解员；（三）尊重对方当事人行使权利。",
            "五、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。"
            "当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
            "六、经调解未能达成调解协议的，人民调解委员会终止调解，当事人可以依法通过仲裁、"
            "行政、司法等途径维护自己的权利。",
        )
    ),
    "acknowledgement": "以上内容本人已知悉。",
    "party_signature": "当事人（签名或按指印）：",
    "notifier_signature": "告知人（签名）：",
}

INVESTIGATION = {
    "title": "人民调解调查记录",
    "time": "时间",
    "place": "地点",
    "investigators": "调查人",
    "person": "被调查人",
    "others": "参加人",
    "recorder": "记录人",
    "record": "调查记录：",
    "evidence": "收集的证据材料：",
    "evidence_item": "{n}、{description}",
    "evidence_source": "（提供人：{source}）",
    "person_signature": "被调查人（签名或按指印）：",
    "investigator_signature": "调查人（签名）：",
    "recorder_signature": "记录人（签名）：",
}

SESSION_RECORD = {
    "title": "人民调解记录",
    "time": "时间",
    "place": "地点",
    "matter": "事由",
    "parties": "当事人",
    "invited": "参加人",
    "invited_consented": "（经当事人同意邀请）",
    "mediators": "人民调解员",
    "recorder": "记录人",
    "record": "调解记录：",
    "statement": "{speaker}：{text}",
    "proposal": "调解方案：",
    "result": "调解结果：",
    "read_back": "以上记录已向当事人宣读（或交当事人阅读），当事人确认无误。",
    "party_signature": "当事人（签名或按指印）：",
    "invited_signature": "参加人（签名）：",
    "mediator_signature": "人民调解员（签名）：",
    "recorder_signature": "记录人（签名）：",
}

AGREEMENT = {
    "title": "人民调解协议书",
    "party": "当事人",
    "facts": "纠纷主要事实：",
    "disputed": "争议事项：",
    "responsibilities": "各方责任：",
    "agreed": "经调解，当事人自愿达成如下协议：",
    "term": "{n}、{obligor}{content}。",
    "term_amount": "金额：{amount}。",
    "term_method": "履行方式：{method}。",
    "term_place": "履行地点：{place}。",
    "term_due": "履行期限：{due}前。",
    "performance_method": "履行方式、时限：",
    "copies": (
        "本协议一式{copies}份，当事人各执一份，人民调解委员会留存一份。"
        "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
    ),
    "column.party": "当事人",
    "column.signature": "签名（盖章）",
    "column.fingerprint": "按指印",
    "mediator_signature": "人民调解员（签名）：",
    "recorder_signature": "记录人（签名）：",
}

ORAL_AGREEMENT = {
    "title": "人民调解口头协议登记表",
    "parties": "当事人",
    "facts": "纠纷主要事实",
    "disputed": "争议事项",
    "content": "口头协议内容",
    "performance": "履行方式、时限",
    "reached_on": "达成协议日期",
    "on_the_spot": "当场履行",
    "party_signature": "当事人（签名或按指印）：",
    "mediator_signature": "人民调解员（签名）：",
    "registrar_signature": "登记人（签名）：",
}

FOLLOW_UP = {
    "title": "人民调解回访记录",
    "party": "当事人",
    "agreement_no": "调解协议编号",
    "matter": "回访事由",
    "time": "回访时间",
    "way": "回访方式",
    "way.visit": "走访",
    "way.phone": "电话回访",
    "situation": "回访情况",
    "performance": "协议履行情况：{status}。",
    "attitude": "当事人态度：{text}",
    "new_risks": "有无新的纠纷苗头和隐患：{text}",
    "measures": "采取的措施：{text}",
    "channels": "已告知当事人可以通过以下途径维护权利：{channels}。",
    "note": "备注：{text}",
    "visitor_signature": "回访人（签名）：",
}

JUDICIAL_CONFIRMATION = {
    "title": "司法确认申请书",
    "applicant": "申请人（{n}）",
    "id_number": "身份证号码",
    "credit_code": "统一社会信用代码",
    "agent": "委托代理人",
    "requests": "请求事项：",
    "request": ("请求人民法院确认申请人于{reached}经{committee}主持调解达成的人民调解协议有效。"),
    "reasons": "事实和理由：",
    "reason": (
        "申请人之间的{dispute}，经{committee}主持调解，于{reached}达成人民调解协议，"
        "该协议于{effective}生效。协议内容如下："
    ),
    "commitment_heading": "申请人承诺：",
    "commitment": (
        "申请人出于解决纠纷的目的自愿达成调解协议，没有恶意串通、规避法律的行为；"
        "提交的材料真实、合法；如因虚假调解协议损害他人合法权益，愿意承担相应的法律责任。"
    ),
    "closing": "此致",
    "court_blank": "\u3000" * 6 + "人民法院",
    "applicant_signature": "申请人（签名或者盖章）：",
    "attachments": "附：1. 人民调解协议书；2. 人民调解委员会主持调解的证明；"
    "3. 申请人身份证明、资格证明；4. 与调解协议相关的财产权利证明（如有）；"
    "5. 授权委托书（如有）。",
}

REFERRAL = {
    "title": "人民调解分流告知书",
    "salutation": "{parties}：",
    "body": (
        "{dispute}，经本委员会审查，{reason}。根据《中华人民共和国人民调解法》第三条"
        "的规定，本委员会于{date}将该纠纷分流至{channel}（接收单位：{body}）处理，"
        "请你们及时前往办理。"
    ),
    "warnings": "请注意以下期限，以免影响你们的权利：",
    "no_warnings": "本渠道无须特别提示的期限。",
    "feedback": "本委员会将跟踪接收单位的办理情况并做好记录。",
    "receipt": "当事人（签收）：",
}

TERMINATION = {
    "title": "人民调解终止调解告知书",
    "salutation": "{parties}：",
    "body": "{dispute}，本委员会于{accepted}受理调解。{reason}",
    "reason.failed": "经调解，各方当事人未能达成调解协议。",
    "reason.withdrawn": "申请人撤回调解申请（当事人要求终止调解）。",
    "reason.refused": "{party}于{date}明确表示拒绝继续调解。",
    "decision": (
        "依照《中华人民共和国人民调解法》第二十六条的规定，本委员会决定于{date}终止调解。"
    ),
    "channels": "你们可以依法通过下列途径维护自己的权利：",
    "no_channels": "你们可以依法通过仲裁、行政、司法等途径维护自己的权利。",
    "receipt": "当事人（签收）：",
}

ESCALATION = {
    "title": "矛盾纠纷情况报告",
    "salutation": "{recipients}：",
    "opening": (
        "根据《中华人民共和国人民调解法》第二十五条的规定，本委员会发现以下纠纷有可能激化，"
        "现将有关情况报告如下："
    ),
    "parties": "当事人",
    "category": "纠纷类型",
    "facts": "纠纷简要情况",
    "level": "风险等级",
    "people": "涉及人数",
    "people_value": "{n}人",
    "amount": "涉及金额",
    "reported": "报告时间、方式",
    "reported_value": "{at}，{method}",
    "measures": "已采取的预防措施",
    "recipient.police_station": "公安派出所",
    "recipient.township": "苏木乡镇（街道）综治中心",
    "recipient.justice_office": "司法所",
    "method.phone": "电话报告",
    "method.in_person": "当面报告",
    "method.written": "书面报告",
    "method.online": "网上报告",
    "reporter_signature": "报告人（签名）：",
}

DOSSIER = {
    "title": "调解卷宗",
    "file_name": "卷名",
    "file_no": "卷号",
    "parties": "当事人",
    "category": "纠纷类型",
    "accepted": "受理日期",
    "closed": "结案日期",
    "result": "调解结果",
    "mediators": "人民调解员",
    "archived_by": "立卷人",
    "archived": "立卷日期",
    "retention": "保管期限",
    "note": "备注",
    "index_title": "卷内目录",
    "column.number": "序号",
    "column.name": "文书名称",
    "column.pages": "页号",
    "column.note": "备注",
    "pages": "{first}—{last}",
    "back_title": "卷内备考表",
    "back_summary": "本卷共有文书材料{documents}件，共{pages}页。",
    "back_explanation": "说明：",
    "back_archivist": "立卷人：",
    "back_checker": "检查人：",
    "back_date": "立卷时间：",
    "result.agreement.written": "达成书面调解协议",
    "result.agreement.oral": "达成口头调解协议",
    "result.terminated": "调解不成，终止调解",
    "result.diverted": "分流至{channel}",
    "result.declined": "不予受理",
    "result.pending": "调解中",
    "result.performance": "（{status}）",
}

TEXTS = {
    "common": COMMON,
    "application": APPLICATION,
    "acceptance": ACCEPTANCE,
    "rights-notice": RIGHTS_NOTICE,
    "investigation": INVESTIGATION,
    "session-record": SESSION_RECORD,
    "agreement": AGREEMENT,
    "oral-agreement": ORAL_AGREEMENT,
    "follow-up": FOLLOW_UP,
    "judicial-confirmation": JUDICIAL_CONFIRMATION,
    "referral": REFERRAL,
    "termination": TERMINATION,
    "escalation": ESCALATION,
    "dossier": DOSSIER,
}
