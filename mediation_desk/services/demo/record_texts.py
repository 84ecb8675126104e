"""Chinese text of a demo case's written records, made from its story (facts and requests).

Short and varied: a few phrasings per record, the parties' names and the case's own requests.
"""

from __future__ import annotations

import random
import re

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.lifecycle.outcomes import PerformanceStatus
from mediation_desk.domain.models import CaseDraft
from mediation_desk.services.demo.dice import pick

_PREFIX = "请求"
_RESPONDENT = "被申请人"
_MONEY = re.compile(r"[^，；]*\d+元[^，；]*")  # a clause naming a sum ("赔偿医疗费3000元")

EVIDENCE: dict[str, tuple[str, ...]] = {
    "marriage_family": ("彩礼收条", "离婚协议书复印件", "证人证言", "户口簿复印件"),
    "neighbourhood": ("现场照片", "证人证言", "医疗费票据"),
    "housing_homestead": ("宅基地使用证复印件", "房屋租赁合同", "现场照片"),
    "damages": ("医疗费票据", "现场照片", "证人证言", "牲畜死亡照片"),
    "grassland": ("草原承包经营权证复印件", "现场照片", "草场租赁合同"),
    "forest_land": ("土地承包经营权证复印件", "土地流转合同", "现场照片"),
    "contract": ("合同复印件", "借条复印件", "转账记录"),
    "labour": ("考勤记录", "工资欠条", "务工人员证人证言"),
    "road_traffic": ("道路交通事故认定书", "医疗费票据", "车辆维修清单"),
    "medical": ("病历复印件", "医疗费票据"),
    "consumer": ("购货发票", "聊天记录截图"),
}
EVIDENCE_DEFAULT = ("现场照片", "证人证言")
INVESTIGATION_PLACES = ("纠纷现场", "嘎查党群服务中心", "被调查人家中", "司法所调解室")
SESSION_PLACES = ("嘎查人民调解室", "司法所调解室", "嘎查党群服务中心会议室", "纠纷现场")
INVITED_ROLES = ("嘎查党支部书记", "嘎查长", "派出所民警", "法律顾问", "双方共同的亲戚")
_REPLIES = (
    "事情是有的，但对方提的要求太高，我不能接受。",
    "我同意承担责任，但目前手头紧，希望能分期履行。",
    "这件事责任不全在我，对方也有过错。",
    "我愿意协商解决，希望调解员从中做做工作。",
)
_MEDIATOR_WORDS = (
    "根据《中华人民共和国民法典》的有关规定，双方都应本着互谅互让的原则协商解决。",
    "双方是多年的邻里乡亲，希望各退一步，不要因为这件事伤了和气。",
    "调解员向双方讲解了相关法律规定，分析了各自的责任，劝导双方理性对待。",
)
_PROPOSALS = (
    "由{b}承担主要责任，双方各让一步，按协议约定的期限履行。",
    "建议{b}按{a}的合理要求履行，{a}适当降低要求。",
    "建议双方先行书面确认事实，再商定履行方式和期限。",
)
_OBJECTIONS = ("认为数额过高", "对责任划分有异议", "认为对方也有过错", "表示暂无能力一次性履行")
_RESPONSIBILITIES = (
    "{b}对纠纷的发生负主要责任，{a}负次要责任。",
    "双方对纠纷的发生均有一定责任。",
    "{b}应承担全部责任。",
    "{b}负主要责任；{a}处置不当，负次要责任。",
)
PAYMENT_METHODS = ("现金", "银行转账", "微信转账")
_CLOSING_TERM = "双方就本纠纷再无其他争议，今后互不追究，和睦相处。"
RECUSAL_REASONS = (
    "当事人认为该调解员与对方当事人系亲属关系",
    "当事人认为该调解员曾就本纠纷发表过倾向性意见",
    "当事人认为该调解员与本纠纷有利害关系",
)
_ATTITUDES = {
    PerformanceStatus.PENDING: "双方对协议内容无异议，表示将按约定履行。",
    PerformanceStatus.PERFORMED: "双方对协议履行情况满意，关系已明显缓和。",
    PerformanceStatus.PARTLY_PERFORMED: "{a}对履行进度不满，{b}表示会尽快履行剩余义务。",
    PerformanceStatus.NOT_PERFORMED: "{b}以资金困难为由未履行，{a}情绪较大。",
}
_RISKS = {
    PerformanceStatus.NOT_PERFORMED: "{a}表示如再不履行将向法院起诉，双方存在再次争吵的可能。",
    PerformanceStatus.PARTLY_PERFORMED: "双方见面时仍有口角，需继续关注。",
}
_MEASURES = {
    PerformanceStatus.PENDING: "提醒双方按协议约定的期限履行。",
    PerformanceStatus.PERFORMED: "",
    PerformanceStatus.PARTLY_PERFORMED: "督促{b}在约定期限内履行剩余义务，约定下次回访时间。",
    PerformanceStatus.NOT_PERFORMED: "向{b}释明不履行协议的法律后果，告知{a}可向人民法院起诉。",
}


def sides(draft: CaseDraft) -> tuple[str, str]:
    """The names of the first applicant and the first respondent."""
    a = next((p.name for p in draft.parties if p.role is PartyRole.APPLICANT), "")
    b = next((p.name for p in draft.parties if p.role is PartyRole.RESPONDENT), "")
    return a or draft.parties[0].name, b or draft.parties[-1].name


def wish(requests: str) -> str:
    """The request without its 请求 and final stop: "被申请人返还彩礼3万元"."""
    return requests.removeprefix(_PREFIX).rstrip("。")


def acts(requests: str, a: str, b: str, *, paid: bool) -> tuple[str, str]:
    """Who must act on the request and what (names in place of 申请人 …), leaving out the sum
    of money when it is `paid` by a term of its own; ("", "") when nothing else is asked."""
    text = wish(requests)
    obligor = b if text.startswith(_RESPONDENT) else f"{a}、{b}"
    text = text.removeprefix(_RESPONDENT)
    clauses = [
        c.removeprefix("并") for c in re.split("[，；]", text) if not (paid and _MONEY.fullmatch(c))
    ]
    clauses = [c for c in clauses if c and not c.startswith("如")]
    if not clauses:
        return "", ""
    action = "，".join(clauses).replace(_RESPONDENT, b).replace("申请人", a)
    if "夫妻矛盾" in action:
        return obligor, f"双方和好，{b}保证今后不再酗酒，双方共同抚养子女"
    return obligor, (action if obligor == b else f"双方{action}")


def first_sentence(facts: str) -> str:
    return facts.split("。")[0] + "。"


def investigation_text(rng: random.Random, facts: str, requests: str, party_side: bool) -> str:
    """A question-and-answer record (问/答) of what the person investigated said."""
    lines = [
        "问：我们是人民调解委员会的调解员，今天就本纠纷向你了解情况，请如实陈述。",
        "答：好的。",
        "问：纠纷是怎么发生的？",
        f"答：{first_sentence(facts)}",
    ]
    if party_side:
        lines += ["问：你有什么要求？", f"答：{wish(requests).replace(_RESPONDENT, '对方')}。"]
    else:
        lines += [
            "问：你对此事了解多少？",
            f"答：{pick(rng, ('我当时在场，', '听村里人说过，'))}情况基本属实。",
        ]
    lines += ["问：以上内容是否属实？", "答：属实。"]
    return "\n".join(lines)


def statements(
    rng: random.Random, a: str, b: str, mediator: str, requests: str
) -> list[dict[str, str]]:
    claim = wish(requests).replace(_RESPONDENT, "对方")
    return [
        {"speaker": a, "text": f"我的要求是{claim}。"},
        {"speaker": b, "text": pick(rng, _REPLIES)},
        {"speaker": mediator, "text": pick(rng, _MEDIATOR_WORDS)},
    ]


def proposal(rng: random.Random, a: str, b: str) -> str:
    return pick(rng, _PROPOSALS).format(a=a, b=b)


def disputed_matters(rng: random.Random, a: str, b: str, requests: str) -> str:
    claim = wish(requests).replace(_RESPONDENT, b)
    return f"{a}要求{claim}；{b}{pick(rng, _OBJECTIONS)}。"


def responsibilities(rng: random.Random, a: str, b: str) -> str:
    return pick(rng, _RESPONSIBILITIES).format(a=a, b=b)


def closing_term() -> str:
    return _CLOSING_TERM


def visit_findings(performance: PerformanceStatus, a: str, b: str) -> tuple[str, str, str]:
    """Attitude, new risks and measures found on a visit with this performance finding."""
    names = {"a": a, "b": b}
    return (
        _ATTITUDES[performance].format_map(names),
        _RISKS.get(performance, "未发现新的矛盾隐患。").format_map(names),
        _MEASURES[performance].format_map(names),
    )
