"""Name pools for demo people: Han names, Mongolian names in Chinese characters and in script."""

from __future__ import annotations

import random

from mediation_desk.domain.enums import Gender
from mediation_desk.services.demo.dice import Weighted, pick

# Most common first; Ordos has many families from northern Shaanxi and Shanxi (贺, 乔, 郝, 折, 訾).
HAN_SURNAMES = (
    "王李张刘杨高郝贺乔武白赵陈马郭韩孙苏闫田吕梁冯康薛任杜宋曹胡徐周吴朱何罗谢唐邓许程崔袁于董"
    "蒋沈彭魏潘秦史尚苗奥杭訾折边"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "呼延", "慕容")
MALE_GIVEN = "伟强军勇杰涛斌磊鹏飞俊峰刚辉明亮建国华平东海文志宏宇浩晨阳鑫龙虎成林波忠义福贵"
FEMALE_GIVEN = "芳娜敏静丽艳娟霞燕红梅玲婷雪慧琴英兰萍凤莉洁瑞佳欣悦蓉秀桂花"
# Characters outside the BMP (CJK Extension B/E) that appear in real given names.
RARE_GIVEN = ("𠈌", "𡒄", "𬘬", "𨱏")

MONGOLIAN_MALE = (
    "巴特尔", "额尔敦", "巴图", "布和", "孟和", "朝鲁", "宝音", "那日苏", "特木尔", "乌力吉",
    "呼和", "胡日查", "巴雅尔", "满都拉", "图门", "宝力道", "吉日嘎拉", "敖其尔", "阿拉坦仓",
    "额尔德木图", "巴音孟和", "达来", "哈斯", "白音仓", "苏和", "毕力格", "朝格图", "斯钦",
    "呼斯楞", "那顺", "额尔敦毕力格", "乌云毕力格", "达布希拉图",
)  # fmt: skip
MONGOLIAN_FEMALE = (
    "乌日娜", "其其格", "苏布达", "斯琴高娃", "乌兰", "萨仁", "娜仁花", "图雅", "其木格",
    "萨如拉", "高娃", "格日勒", "乌云", "斯琴", "格根塔娜", "吉雅", "托娅", "塔娜",
    "阿拉坦其其格", "乌云其木格", "萨仁高娃", "阿茹娜", "诺敏", "达古拉", "乌仁图雅", "其其格玛",
)  # fmt: skip
# Ordos Mongols often carry a clan-derived Chinese surname (奇 from Borjigin, 包, 白, 韩 …).
MONGOLIAN_SURNAMES = "奇包白韩鲍乌陶吉云"

_MVS = "\u180e"  # MONGOLIAN VOWEL SEPARATOR: detaches a final a/e (Surungγa)
MONGOLIAN_SCRIPT_MALE = (
    "ᠪᠠᠲᠤ",  # Batu
    "ᠪᠠᠶᠠᠷ",  # Bayar
    "ᠡᠷᠳᠡᠨᠢ",  # Erdeni
    "ᠭᠠᠨᠪᠠᠲᠤ",  # Ganbatu
    "ᠲᠡᠮᠦᠷ",  # Temür
    "ᠴᠢᠯᠠᠭᠤᠨ",  # Čilaγun
    "ᠮᠥᠩᠬᠡ",  # Möngke
    "ᠠᠯᠲᠠᠨ",  # Altan
)
MONGOLIAN_SCRIPT_FEMALE = (
    f"ᠰᠤᠷᠤᠩᠭ{_MVS}ᠠ",  # Surungγa
    "ᠴᠡᠴᠡᠭ",  # Čečeg
    "ᠣᠶᠤᠨ",  # Oyun
    "ᠨᠠᠷᠠᠨ",  # Naran
    "ᠰᠠᠷᠠᠨᠭᠡᠷᠡᠯ",  # Sarangerel
    "ᠰᠤᠪᠤᠳ",  # Subud
)

COOP_WORDS = ("绿源", "草原红", "牧歌", "兴旺", "丰泽", "金穗", "白绒山羊", "沙漠之舟", "阿尔巴斯")
COMPANY_WORDS = (
    "蒙源", "伊泰", "鑫达", "宏远", "天骄", "泰和", "金鼎", "瑞丰", "恒通", "蒙欣", "博源", "盛鑫",
)  # fmt: skip
COMPANY_TRADES = (
    ("煤炭", "有限公司"),
    ("建筑工程", "有限公司"),
    ("运输", "有限责任公司"),
    ("羊绒制品", "有限公司"),
    ("商贸", "有限公司"),
    ("能源", "有限公司"),
    ("农牧业开发", "有限公司"),
    ("房地产开发", "有限公司"),
)


_MALE = Gender.MALE  # a module constant: enum attribute lookups are slow in hot loops
# Zipf-like: the k-th most common surname weighs 1/(k+2).
_SURNAMES = Weighted(HAN_SURNAMES, [1 / (rank + 2) for rank in range(len(HAN_SURNAMES))])


def han_surname(rng: random.Random) -> str:
    if rng.random() < 0.01:
        return pick(rng, COMPOUND_SURNAMES)
    return _SURNAMES.draw(rng)


def han_given(rng: random.Random, gender: Gender) -> str:
    """One character (王芳) about 40 % of the time, otherwise two (王建国)."""
    pool = MALE_GIVEN if gender is _MALE else FEMALE_GIVEN
    draw, size = rng.random, len(pool)  # `pick` inlined: this runs for most people
    if draw() < 0.4:
        return pool[int(draw() * size)]
    return pool[int(draw() * size)] + pool[int(draw() * size)]


def han_name(rng: random.Random, gender: Gender, surname: str = "") -> str:
    """A Han name; about 1 in 200 has a given-name character outside the BMP (王𠈌)."""
    surname = surname or han_surname(rng)
    if rng.random() < 0.005:
        return surname + pick(rng, RARE_GIVEN)
    return surname + han_given(rng, gender)


def mongolian_name(rng: random.Random, gender: Gender) -> str:
    """A Mongolian name in Chinese characters, sometimes with a Chinese surname, or in script."""
    roll = rng.random()
    if roll < 0.05:
        pool = MONGOLIAN_SCRIPT_MALE if gender is _MALE else MONGOLIAN_SCRIPT_FEMALE
        return pick(rng, pool)
    name = pick(rng, MONGOLIAN_MALE if gender is _MALE else MONGOLIAN_FEMALE)
    if roll < 0.3:
        return pick(rng, MONGOLIAN_SURNAMES) + name
    return name


def person_name(rng: random.Random, gender: Gender, ethnicity: str) -> str:
    """A name fitting the ethnicity code: Mongols (02) mostly carry Mongolian names."""
    if ethnicity == "02" and rng.random() < 0.9:
        return mongolian_name(rng, gender)
    return han_name(rng, gender)


def coop_name(rng: random.Random, village: str) -> str:
    return f"{village}{pick(rng, COOP_WORDS)}牧民专业合作社"


def company_name(rng: random.Random, county: str) -> str:
    trade, form = pick(rng, COMPANY_TRADES)
    prefix = "鄂尔多斯市" if rng.random() < 0.6 else f"鄂尔多斯市{county}"
    return f"{prefix}{pick(rng, COMPANY_WORDS)}{trade}{form}"
