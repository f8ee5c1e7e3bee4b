"""Deadlines as notices write them: dates, quarters, parts of the year, holidays and seasons.

A deadline promises nothing by itself (it is set aside when two promises are compared), and a
deadline at the end of a year tells whether a repeated promise is still running.
"""

from __future__ import annotations

import re

from qdiff.lexicon.stages import COMPLETION_VERBS, verbs_pattern

# What a running total's stretch is followed by (1—6月累计, 1至9月份已): it reports.
REPORTED_AFTER = "(?:累计|以来|已|共)"
# Holidays a promise may fall due by (春节前) or a span of time may be named after (春节期间).
HOLIDAYS = "春节|元旦|国庆|五一|端午|中秋"
# Dates, quarters and parts of the year, and the holidays and seasons work is due by.
DEADLINE = re.compile(
    # (前三季度: the first three quarters' running total, due at the third's end.)
    # A month: not inside a number (20253月, a year that lost its 年), not a stretch's first
    # (1月至6月, 7—9月: due at the end), nor the end of a stretch a running total reports on
    # (1—6月累计建成); a stretch ahead, 7—9月完成, is due at its end. (上半年累计 is a date: in
    # a second quarter's notice it is the promise's.)
    rf"(?:(?:(?<![\d—–\-－~])(?<![\d月][至到])|(?<=[—–\-－~至到])(?!\d{{1,2}}月份?{REPORTED_AFTER}))"
    r"\d{1,2}月(?![至到—–\-－~]\d)(?:底|末|中旬|上旬|下旬)?"
    r"|(?:前[二三]|[一二三四1-4])季度(?:末|内)?|年内|年底|年末|上半年|下半年)"
    r"前?"
    rf"|(?:{HOLIDAYS}|汛期|开学)前|汛前"
    # The whole year, said before what it promises (全年完成重大项目投资180亿元, 全年实现10个):
    # due at its end, like 年内; not 全年开放的…, 全年无休, 全年目标任务.
    r"|全年(?=(?:力争|累计|计划|共)?(?:完成|实现|新增|新建|建成|开工|新开工|开展|举办|发放|引进"
    r"|培育|达到|筹措|供应|改造|盘活|投放|拆除|招聘|组织|认定|帮扶|不少于|不低于|超过|\d))"
)
YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
# A deadline at the end of a year: "2024年建成…", "2024年底前", "年内", "年底前", "全年".
YEAR_DEADLINE = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})年(?:底|末|内)?前?(?:{verbs_pattern(COMPLETION_VERBS)}|基本)"
    r"|(?P<year_end>(?:19|20)\d{2})年(?:底|末|内)"
    r"|(?P<this_year>年内|年底|年末|全年)"
)
