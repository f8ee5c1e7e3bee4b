"""Terms that notices and reviews write short or under a newer name: 规上 for 规模以上,
跨境电商综试区 for 跨境电子商务综合试验区, 政务服务中心 for 行政服务中心. Two names of one thing
compare in the one form (qdiff/commitments/names.py), and a review is searched for a promise's
name in it too (qdiff/delivery/lookup.py)."""

from __future__ import annotations

import re

# (The term in full, its short form.) 控制性详细规划 and 控规 meet in a middle form, 控详规划:
# as 控规, the names of two places' plans would share too little for a shortened name of one to
# be found (南段控详规划 of 滨江控详规划调整(南段)).
SHORT_TERMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(term), short)
    for term, short in (
        # (Not 管控规则, 防控规范, 监控规划: words that hold the two characters.)
        (r"控制性详细规划|(?<![管防监调])控规(?![则范章定划])", "控详规划"),
        (r"综合保税区", "综保区"),
        (r"规模以上", "规上"),
        (r"限额以上", "限上"),
        (r"技术改造", "技改"),
        (r"保障性租赁住房", "保租房"),
        (r"公共租赁住房", "公租房"),
        (r"投资促进", "投促"),
        (r"中国国际进口博览会", "进博会"),
        (r"跨境电子商务", "跨境电商"),
        (r"综合试验区", "综试区"),
        (r"智能化改造(?:和|、)?数字化转型", "智改数转"),
        (r"户用厕所", "户厕"),
        (r"自由贸易试验区", "自贸试验区"),
        # A five-year plan by its number (国民经济和社会发展第十五个五年规划纲要 is the
        # “十五五”规划纲要; 法治宣传教育第九个五年规划, 关于开展法治宣传教育的第九个五年规划 and
        # 第九个五年法治宣传教育规划 are the “九五”普法规划).
        (r"第([一二三四五六七八九十]{1,3})个五年法治宣传教育规划", r"\1五普法规划"),
        (r"第([一二三四五六七八九十]{1,3})个五年规划", r"\1五规划"),
        (r"(?:关于开展)?法治宣传教育的?([一二三四五六七八九十]{1,3}五)规划", r"\1普法规划"),
        (r"城市发展集团", "城发集团"),
        (r"城市投资集团|城市建设投资集团", "城投集团"),
        (r"文化旅游", "文旅"),
        (r"危险废物", "危废"),
        (r"公共厕所", "公厕"),
        # The office that serves the public under its newer name (区行政服务中心 → 区政务服务
        # 中心, renamed in many districts).
        (r"行政服务中心", "政务服务中心"),
    )
)


def shortened(text: str) -> str:
    """The text with each term in its short form."""
    for term, short in SHORT_TERMS:
        text = term.sub(short, text)
    return text
