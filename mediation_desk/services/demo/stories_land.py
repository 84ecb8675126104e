"""Demo disputes over grassland, farmland and forest, business, land acquisition and work."""

from __future__ import annotations

from mediation_desk.services.demo.story import Story

LAND_STORIES: dict[str, tuple[Story, ...]] = {
    "grassland": (
        Story(
            "申请人{a}与被申请人{b}两家草场相邻，{b}拉设网围栏时越过原有边界约{meters}米，"
            "将{a}家约{mu}亩草场围入其中，双方多次发生争吵。",
            "请求按草原承包经营权证重新确认草场边界，被申请人拆除越界围栏。",
            third_party_org="village",
        ),
        Story(
            "{b}家的{animal}{count}{unit}多次越过围栏进入{a}家草场啃食，{a}家草场退化严重，"
            "双方因此发生冲突。",
            "请求被申请人看管好牲畜、停止越界放牧，并赔偿草场损失{amount}。",
            money=(1000, 20000, 100),
        ),
        Story(
            "{a}将{mu}亩草场租给{b}放牧，租期{years}年，年租金{amount}。{b}在禁牧期内违规放牧，"
            "导致{a}被扣减草原生态保护补助奖励资金，双方就损失承担发生纠纷。",
            "请求被申请人承担被扣减的补奖资金，并按约定支付租金{amount}。",
            money=(3000, 50000, 500),
            applicant_org=("coop", 0.25),
        ),
        Story(
            "{place}{group}与相邻社之间约{mu}亩草场的边界存在历史遗留争议。{b}等牧户在争议草场上"
            "打草，{a}等牧户上前阻拦，双方发生冲突。",
            "请求依据草原确权资料划定争议草场边界，边界确定前双方均不得在争议区域打草放牧。",
            group=True,
            third_party_org="village",
        ),
        Story(
            "{a}家的骆驼在{b}家草场内的水井饮水时被{b}驱赶，其中一峰骆驼受伤。",
            "请求被申请人赔偿骆驼医疗费用{amount}，并协商牲畜饮水通道。",
            money=(500, 8000, 100),
        ),
    ),
    "forest_land": (
        Story(
            "{a}与{b}两家耕地相邻，{b}春耕时将地界向{a}家一侧犁进约{meters}米，{a}认为侵占了"
            "自家承包地，双方发生争执。",
            "请求按土地承包经营权证确认地界，被申请人退还多占的土地。",
        ),
        Story(
            "{a}在{place}承包的林地内种有杨树、柠条，{b}未经同意砍伐其中{count}株，{a}要求赔偿。",
            "请求被申请人赔偿林木损失{amount}。",
            money=(1000, 30000, 100),
        ),
        Story(
            "{a}将承包的{mu}亩耕地流转给{b}种植玉米，流转期{years}年。{b}以收成不好为由拖欠"
            "流转费{amount}。",
            "请求被申请人支付土地流转费{amount}。",
            money=(3000, 50000, 500),
            respondent_org=("coop", 0.2),
        ),
        Story(
            "{a}与{b}对{place}{group}的一块撂荒地归属存在争议，双方均称系自家承包地，"
            "并各自在地上种植作物。",
            "请求查阅土地承包档案，确认该地块的承包经营权归属。",
            third_party_org="village",
        ),
    ),
    "land_acquisition": (
        Story(
            "{place}部分草场被{project}项目征用，{a}家被征用草场{mu}亩。{a}认为{b}在分配征地"
            "补偿款时少计了其家庭人口，少分补偿款{amount}。",
            "请求重新核定家庭人口，补发征地补偿款{amount}。",
            money=(10000, 300000, 1000),
            respondent_org=("village", 0.8),
        ),
        Story(
            "{b}修建{project}时临时占用{a}家草场约{mu}亩堆放材料，工程结束后未恢复植被，"
            "也未支付临时占地补偿。",
            "请求被申请人支付临时占地补偿费{amount}，并恢复草场植被。",
            money=(5000, 100000, 500),
            respondent_org=("company", 0.9),
        ),
        Story(
            "{a}家房屋在{township}棚户区改造范围内，{a}对房屋面积的测量结果有异议，认为补偿"
            "价格偏低，与{b}未能签订拆迁补偿协议。",
            "请求重新测量房屋面积，合理确定补偿标准。",
            respondent_org=("company", 0.9),
        ),
    ),
    "environmental_pollution": (
        Story(
            "{b}在{place}附近经营的{factory}排放粉尘，{a}家草场和饲草受到污染，羊只出现病症。",
            "请求被申请人采取降尘措施，并赔偿损失{amount}。",
            money=(3000, 80000, 500),
            respondent_org=("company", 0.9),
        ),
        Story(
            "{b}的运煤车辆夜间频繁经过{place}村道，噪音和扬尘严重影响{a}等村民生活，路面也被压坏。",
            "请求被申请人限定通行时间、洒水降尘，并修复被压坏的道路。",
            respondent_org=("transport", 0.9),
            group=True,
        ),
        Story(
            "{b}养殖场的粪污随意堆放，雨后流入{a}家院落和耕地，臭味严重。",
            "请求被申请人规范处理粪污，并赔偿耕地损失{amount}。",
            money=(1000, 10000, 100),
        ),
    ),
    "contract": (
        Story(
            "{a}于{when}向{b}出售{animal}{count}{unit}，约定货款{amount}于一个月内付清。"
            "{b}收货后仅支付部分货款，余款至今未付。",
            "请求被申请人支付剩余货款{amount}。",
            money=(5000, 150000, 500),
            respondent_org=("company", 0.2),
        ),
        Story(
            "{a}与{b}签订草场转包合同，约定{b}承包{a}家草场{mu}亩，每年承包费{amount}。"
            "{b}自第二年起未按时交纳承包费。",
            "请求被申请人支付拖欠的承包费{amount}，或解除转包合同。",
            money=(5000, 60000, 500),
            respondent_org=("coop", 0.3),
        ),
        Story(
            "{b}承建{a}家的羊棚及院墙工程，约定工程款{amount}。完工后{a}发现羊棚顶棚漏雨、"
            "墙体开裂，要求返修，{b}要求先结清工程款，双方僵持不下。",
            "请求被申请人返修工程质量问题后再结算工程款。",
            money=(20000, 200000, 1000),
            respondent_org=("company", 0.3),
        ),
        Story(
            "{a}于{when}借给{b}人民币{amount}用于购买饲草料，约定年底归还。到期后{b}以牲畜行情"
            "不好为由未能还款。",
            "请求被申请人归还借款{amount}。",
            money=(3000, 100000, 1000),
        ),
    ),
    "production_business": (
        Story(
            "{a}与{b}合伙经营{place}的{biz}，约定按出资比例分配利润。因账目不清，双方对盈亏"
            "各执一词，{amount}的收益如何分配无法达成一致。",
            "请求核对合伙账目，按出资比例分配收益。",
            money=(20000, 300000, 1000),
        ),
        Story(
            "{a}家的{count}只羊误入{b}承包的饲草料地，啃食青贮玉米约{mu}亩，{b}将羊扣留，"
            "要求赔偿后才放还。",
            "请求被申请人返还扣留的羊只，双方协商合理的赔偿数额。",
            applicant_org=("coop", 0.2),
        ),
        Story(
            "{b}向{a}购买青贮、玉米秸秆等饲草料共计{amount}，约定秋季出栏后付款，现拖欠未付。",
            "请求被申请人支付饲草料款{amount}。",
            money=(5000, 80000, 500),
            applicant_org=("coop", 0.4),
        ),
    ),
    "labour": (
        Story(
            "申请人{a}于{when}起在{b}从事{job}工作，双方未签订书面劳动合同。{a}离职时{b}尚拖欠"
            "工资{amount}，多次催要未果。",
            "请求被申请人支付拖欠的工资{amount}。",
            money=(3000, 60000, 100),
            respondent_org=("company", 1.0),
        ),
        Story(
            "{a}在{b}承包的工地干活时从脚手架上摔下致腰部受伤，{b}仅支付了部分医疗费，"
            "对误工费和后续治疗费用不予承担。",
            "请求被申请人支付医疗费、误工费等共计{amount}。",
            money=(5000, 120000, 500),
            respondent_org=("company", 0.6),
        ),
        Story(
            "{a}受雇为{b}放牧，约定年工资{amount}。年底结算时{b}以丢失羊只为由扣发部分工资，"
            "双方发生争议。",
            "请求被申请人按约定支付全年工资{amount}。",
            money=(20000, 60000, 1000),
        ),
    ),
}
