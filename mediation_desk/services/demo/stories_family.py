"""Demo disputes between families and neighbours, and everyday claims (injuries, roads, shops)."""

from __future__ import annotations

from mediation_desk.services.demo.story import Story

FAMILY_STORIES: dict[str, tuple[Story, ...]] = {
    "marriage_family": (
        Story(
            "申请人{a}与被申请人{b}经人介绍于{when}订婚，{a}按当地习俗给付彩礼{amount}。"
            "后双方因性格不合解除婚约，{a}要求返还彩礼，{b}认为双方已共同生活一段时间，"
            "不同意全额返还，经多次协商未果。",
            "请求被申请人返还彩礼{amount}。",
            money=(30000, 188000, 1000),
            relation="man_woman",
        ),
        Story(
            "申请人{a}现年{age}岁，独自居住在{place}{group}，年老体弱，无固定收入。"
            "其子{b}长期在外务工，近{years}年未支付赡养费，也很少回家照看，{a}生活困难。",
            "请求被申请人每月支付赡养费{small}元，并分担申请人的医疗费用。",
            relation="elder_child",
        ),
        Story(
            "申请人{a}与被申请人{b}系夫妻关系，婚后育有{kids}名子女。近年来双方因家庭琐事及"
            "{b}酗酒问题经常争吵，{a}已回娘家居住，双方就是否离婚、子女抚养及家庭财产"
            "（含{animal}{count}{unit}）分割产生分歧。",
            "请求调解夫妻矛盾；如无法和好，协商子女抚养及家庭财产分割。",
            relation="wife_husband",
        ),
        Story(
            "申请人{a}与被申请人{b}系兄弟姐妹。父母去世后在{place}留有房屋{rooms}间及草场{mu}亩，"
            "双方对遗产如何分割意见不一，矛盾逐渐激化。",
            "请求分割父母遗留的房屋，并明确草场承包经营权由谁继续承包。",
            relation="siblings",
        ),
        Story(
            "申请人{a}与被申请人{b}于{when}协议离婚，约定孩子由{a}抚养，{b}每月支付抚养费"
            "{small}元。{b}以收入减少为由拒付，累计拖欠抚养费{amount}。",
            "请求被申请人支付拖欠的抚养费{amount}，并按月按时支付今后的抚养费。",
            money=(3000, 30000, 500),
            relation="wife_husband",
        ),
    ),
    "neighbourhood": (
        Story(
            "申请人{a}与被申请人{b}系{place}{group}邻居。{b}在两家之间的通道上堆放柴草和杂物，"
            "影响{a}家车辆通行，双方多次发生口角。",
            "请求被申请人清除堆放在通道上的杂物，恢复通行。",
        ),
        Story(
            "{b}翻修院落时抬高了地面，雨季积水流入{a}家院内，造成{a}家院墙受潮开裂。"
            "{a}找{b}协商，{b}不予理睬。",
            "请求被申请人修建排水沟，并赔偿院墙维修费用{amount}。",
            money=(800, 8000, 100),
        ),
        Story(
            "{b}家饲养的狗未拴养，{when}在{place}将{a}咬伤，{a}花去医疗费及疫苗费{amount}。"
            "双方就赔偿数额发生争执。",
            "请求被申请人赔偿医疗费{amount}，并将狗拴养。",
            money=(500, 6000, 100),
        ),
        Story(
            "{a}与{b}两家相邻，{b}在院墙外种植的杨树根系延伸至{a}家宅基地，树枝遮挡采光，"
            "{a}要求砍伐，{b}不同意。",
            "请求被申请人砍伐或修剪遮挡采光的树木。",
        ),
        Story(
            "{place}{group}多户共用一口机井，{b}私自加装水泵抽水浇地，导致{a}等户人畜饮水困难，"
            "双方发生争吵。",
            "请求明确机井用水顺序和电费分摊办法。",
            group=True,
        ),
    ),
    "housing_homestead": (
        Story(
            "申请人{a}与被申请人{b}宅基地相邻。{b}新建房屋时将院墙向{a}一侧延伸约{meters}米，"
            "{a}认为侵占了自家宅基地，要求拆除，{b}称系按原有界址修建。",
            "请求确认双方宅基地界址，被申请人拆除越界部分院墙。",
        ),
        Story(
            "{a}于{years}年前以{amount}的价格从{b}处购买位于{place}的房屋{rooms}间，当时未办理"
            "过户手续。现{b}以房屋升值为由要求收回，双方发生纠纷。",
            "请求被申请人协助办理房屋及宅基地使用权变更手续。",
            money=(20000, 200000, 1000),
        ),
        Story(
            "{a}将位于{township}的房屋出租给{b}，约定年租金{amount}。租期届满后{b}拖欠租金且"
            "不搬离，{a}多次催要未果。",
            "请求被申请人支付拖欠的租金{amount}并腾退房屋。",
            money=(6000, 36000, 500),
        ),
        Story(
            "{a}在自家宅基地上翻建房屋，{b}以新房遮挡其采光为由多次阻挠施工，双方发生冲突。",
            "请求被申请人停止阻挠施工，双方就采光问题协商解决。",
        ),
    ),
    "damages": (
        Story(
            "{when}，{b}驾驶农用三轮车在{place}村道上行驶时撞死{a}家放养的{animal}{count}{unit}，"
            "双方就赔偿数额发生争议。",
            "请求被申请人赔偿牲畜损失{amount}。",
            money=(1500, 40000, 100),
        ),
        Story(
            "{a}与{b}因琐事发生口角继而厮打，{a}面部及手臂受伤，住院治疗{days}天，花去医疗费"
            "{amount}。派出所出警后建议双方通过调解解决。",
            "请求被申请人赔偿医疗费、误工费、护理费共计{amount}。",
            money=(2000, 60000, 100),
        ),
        Story(
            "{b}焚烧秸秆时火势蔓延，烧毁{a}家储存的饲草约{count}吨及部分围栏。",
            "请求被申请人赔偿饲草及围栏损失{amount}。",
            money=(2000, 30000, 100),
        ),
        Story(
            "{b}家的牛闯入{a}家院落，撞坏大门并踩踏菜地，双方就损失数额争执不下。",
            "请求被申请人赔偿损失{amount}。",
            money=(500, 5000, 100),
        ),
    ),
    "medical": (
        Story(
            "{a}在{b}治疗{illness}期间出现过敏反应，{a}认为医护人员用药不当，要求赔偿，"
            "{b}认为已尽到告知义务。",
            "请求被申请人赔偿医疗费、误工费等损失{amount}。",
            money=(2000, 50000, 100),
            respondent_org=("hospital", 1.0),
        ),
        Story(
            "{a}的父亲在{b}住院期间夜间摔倒致骨折，{a}认为{b}护理不周，要求承担后续治疗费用。",
            "请求被申请人承担后续治疗费用{amount}。",
            money=(5000, 80000, 500),
            respondent_org=("hospital", 1.0),
        ),
    ),
    "road_traffic": (
        Story(
            "{when}，{b}驾驶小型轿车在{county}{road}与{a}驾驶的电动三轮车相撞，致{a}受伤、"
            "车辆损坏。交警部门认定{b}负主要责任，双方对赔偿数额意见不一。",
            "请求被申请人赔偿医疗费、误工费、车辆维修费等共计{amount}。",
            money=(3000, 150000, 500),
            third_party_org="insurer",
        ),
        Story(
            "{b}的运煤货车在{place}附近撞死{a}家的{animal}{count}{unit}，司机称牲畜违规上路，"
            "拒绝全额赔偿。",
            "请求被申请人赔偿牲畜损失{amount}。",
            money=(3000, 40000, 100),
            respondent_org=("transport", 0.5),
            third_party_org="insurer",
        ),
    ),
    "property_management": (
        Story(
            "{a}系{township}{estate}小区业主，因小区电梯经常故障、供暖温度不达标，拒交物业费"
            "{amount}。{b}多次催缴，并停止为其办理门禁卡。",
            "请求被申请人维修电梯、保障供暖，双方重新核定物业费。",
            money=(1000, 8000, 100),
            respondent_org=("property", 1.0),
        ),
        Story(
            "{a}家楼上住户装修时破坏防水层，导致{a}家卫生间顶棚漏水，{a}认为{b}管理不到位，"
            "应承担维修责任。",
            "请求被申请人承担维修费用{amount}。",
            money=(1000, 10000, 100),
            respondent_org=("property", 1.0),
        ),
    ),
    "consumer": (
        Story(
            "{a}在{b}购买的{goods}使用不到一个月即出现故障，{b}拒绝退换，只同意维修。",
            "请求被申请人退还货款{amount}。",
            money=(1000, 30000, 100),
            respondent_org=("shop", 1.0),
        ),
        Story(
            "{a}在{b}购买饲料喂羊后，羊只出现腹泻，死亡{count}只，{a}认为饲料质量有问题。",
            "请求被申请人赔偿羊只损失{amount}。",
            money=(2000, 40000, 100),
            respondent_org=("shop", 1.0),
        ),
    ),
    "other": (
        Story(
            "{a}与{b}因{place}{group}集体收益分配问题产生矛盾，双方情绪激动，多次到村委会反映。",
            "请求依照村规民约妥善解决集体收益分配问题。",
            group=True,
        ),
        Story(
            "{a}与{b}因牲畜买卖中介费用的分配发生争执，双方互不相让。",
            "请求被申请人按约定支付中介费{amount}。",
            money=(500, 5000, 100),
        ),
    ),
}
