"""What a demo dispute is made of: fact and request templates, amounts and who takes part."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    """One kind of dispute of a category.

    `facts` and `requests` are `str.format` templates over the keys of `StoryContext`: {a} and
    {b} (first applicant / respondent), {place}, {group}, {township}, {county}, {amount}, {small},
    {animal}{count}{unit}, {mu}, {meters}, {years}, {when}, {age}, {kids}, {rooms}, {days},
    {project}, {factory}, {job}, {goods}, {biz}, {estate}, {illness}, {road}.
    """

    facts: str
    requests: str
    # Amount in dispute (yuan): low, high, step; None when the dispute is not about money.
    money: tuple[int, int, int] | None = None
    # "", "wife_husband", "man_woman", "elder_child" or "siblings": constrains the two sides.
    relation: str = ""
    # Organisation kind (see people.ORGANISATION_KINDS) and how often that side is one.
    applicant_org: tuple[str, float] | None = None
    respondent_org: tuple[str, float] | None = None
    # Organisation kind of a third party that sometimes joins (a 嘎查 committee, an insurer).
    third_party_org: str = ""
    # Many people are involved (a whole 社 against another, all residents of a lane).
    group: bool = False


# Dispute categories by how often committees in pastoral Ordos see them (shares of all cases).
CATEGORY_WEIGHTS = {
    "marriage_family": 17.0,
    "neighbourhood": 15.0,
    "housing_homestead": 9.0,
    "contract": 6.0,
    "production_business": 4.0,
    "damages": 12.0,
    "forest_land": 9.0,
    "grassland": 12.0,
    "land_acquisition": 3.0,
    "environmental_pollution": 1.5,
    "labour": 5.0,
    "medical": 1.0,
    "road_traffic": 3.0,
    "property_management": 1.5,
    "consumer": 1.0,
    "other": 2.0,
}

# Values the templates draw from; amounts and counts are drawn per case.
ANIMALS = (("羊", "只", 1, 60), ("羊", "只", 1, 30), ("牛", "头", 1, 8), ("骆驼", "峰", 1, 5))
HORSE = ("马", "匹", 1, 3)
PROJECTS = ("煤矿", "光伏电站", "高速公路", "天然气管线", "风电场", "输变电线路")
FACTORIES = ("选煤厂", "砖厂", "洗煤厂", "石料厂", "甲醇厂")
JOBS = ("装载机司机", "井下辅助工", "保安", "厨师", "建筑工", "放牧工", "电焊工")
GOODS = ("冰柜", "太阳能热水器", "电动三轮车", "剪毛机", "手机", "饲草粉碎机")
BUSINESSES = ("肉羊养殖场", "牧家乐", "饲草料加工点", "沙棘采摘园", "运输车队", "绒毛收购点")
ESTATES = ("康和", "锦绣", "阳光", "草原明珠", "福安", "金泰")
ILLNESSES = ("肺炎", "腰椎间盘突出", "胆结石", "高血压", "骨折")
ROADS = ("S215省道", "G65包茂高速辅道", "乡村公路", "镇区工业路", "X610县道")
GROUPS = ("一社", "二社", "三社", "四社", "五社", "六社", "一组", "二组", "三组")
