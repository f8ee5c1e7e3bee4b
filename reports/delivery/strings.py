"""The words of the 承诺兑现 report, one dictionary per language; they extend the shared strings
(`reports/common/strings.py`: sources, reading notes, the generation block)."""

from __future__ import annotations

from qdiff.delivery.in_step import IN_STEP_SLACK
from qdiff.reports.common.page import language_of
from qdiff.reports.common.strings import Labels, Language

_ZH: dict[str, str] = {
    "dl_doc_title": "{issuer}承诺兑现核查报告：{plan}",
    "dl_title": "承诺兑现核查报告",
    "dl_footer": "本报告由 qdiff {version} 根据所列文件的原文自动生成；结论需人工核对。",
    "dl_plan": "计划",
    "dl_evidence": "依据",
    "dl_running_head": "{issuer} {plan} 承诺兑现核查报告",
    "dl_provenance": "计划 {plan} · 依据 {evidence} · 生成于 {at} · qdiff {version}",
    "dl_h_check": "先看这里：兑现情况",
    "dl_check_intro": (
        "计划中可核查的承诺（点名的项目、设施、文件、活动，以及写明数字的目标）逐项与依据文件的"
        "报告部分对照。判断依据是报告的文字表述，需向责任单位核实；“未见报告”不等于未完成。"
    ),
    "dl_total": "可核查的承诺 {n} 项",
    "dl_h_short": "未达目标",
    "dl_h_in_progress": "推进中，未达到承诺的阶段",
    "dl_none": "无。",
    "dl_h_targets": "主要预期目标",
    "dl_targets_intro": "计划的主要预期目标与依据文件报告的数字。",
    "dl_col_measure": "指标",
    "dl_col_promised": "承诺",
    "dl_col_reported": "报告",
    "dl_col_result": "结果",
    "dl_col_passage": "报告原文",
    "dl_blanket": "整体报告，未逐项列出",
    "dl_similar": "相近语句，未出现项目名称",
    "dl_col_commitment": "承诺（计划原文）",
    "dl_col_ref": "编号",
    "dl_h_sections": "逐项核查",
    "dl_sections_intro": "按计划的部分排列；每项承诺旁是支持判断的报告原文。",
    "dl_section_counts": (
        "已兑现 {done} · 推进中 {in_progress} · 未达目标 {short} · 未见报告 {not_reported}"
    ),
    "dl_h_appendix": "附录：来源与判断方法",
    "dl_how": (
        "点名的项目按名称查找（名称可以缩短或加长）：承诺完成的，报告写明完成（建成、竣工、投用、"
        "举办等）才算已兑现，写“预计”“基本建成”“完成80%”等为推进中；承诺启动或推进的，报告写到"
        "该项目有进展即算已兑现。写明数字的目标按所衡量的指标查找其后同一单位的数字：达到承诺"
        "（上限类目标不超过承诺）为已兑现，否则为未达目标。居民收入与经济增长同步的目标，比较报告"
        f"中居民收入与地区生产总值的增速（允许低{IN_STEP_SLACK:g}个百分点）。名称查不到的，取名称"
        "改写的短句或最相近的语句，并标明“相近语句”。找不到的为未见报告。"
    ),
    "dl_row_kind": "文件类型",
    "verdict_word_done": "已兑现",
    "verdict_word_in_progress": "推进中",
    "verdict_word_short": "未达目标",
    "verdict_word_not_reported": "未见报告",
    "target_word_met": "达到",
    "target_word_missed": "未达到",
    "target_word_not_reported": "未见报告",
    "kind_quarterly_plan": "季度工作要点",
    "kind_half_year_plan": "半年工作要点",
    "kind_annual_plan": "年度重点工作",
    "kind_work_report": "政府工作报告",
    "kind_progress_report": "进展与完成情况",
    "kind_other": "其他文件",
    "cv_doc_title": "{issuer}{year}年工作分解落实情况：年度承诺与季度工作要点",
    "cv_title": "年度承诺季度分解核查报告",
    "cv_running_head": "{issuer} {year}年 年度承诺季度分解核查",
    "cv_provenance": (
        "年度计划 {plan} · 季度工作要点 {notices} · 进展报告 {reports} · 生成于 {at} · "
        "qdiff {version}"
    ),
    "cv_h_check": "先看这里：分解与落实",
    "cv_check_intro": (
        "年度计划中可核查的承诺逐项到各季度工作要点中查找（按项目名称，或目标所衡量的指标）；"
        "各季度工作要点点名的项目再到年度计划中查找其依据。依据为文件的文字表述，需人工核实。"
    ),
    "cv_h_unscheduled": "没有任何季度列入的年度承诺",
    "cv_h_unrooted": "季度工作要点中找不到年度依据的事项",
    "cv_h_milestones": "季度节点",
    "cv_milestones_intro": (
        "任务表中每个季度的节点：是否列入当季工作要点（该季度通知未归档的不作判断），"
        "覆盖该季度的进展报告是否提及该项目（提及不等于完成，见“承诺兑现核查报告”）。"
    ),
    "cv_h_all": "全部年度承诺及其季度安排",
    "cv_col_quarter": "季度",
    "cv_col_project": "项目",
    "cv_col_milestone": "节点",
    "cv_col_scheduled": "当季工作要点",
    "cv_col_reported": "进展报告",
    "cv_scheduled": "已列入",
    "cv_not_scheduled": "未列入",
    "cv_no_notice": "该季度通知未归档",
    "cv_reported": "报告提及",
    "cv_not_reported": "报告未提及",
    "cv_none_scheduled": "未列入任何季度",
    "tg_doc_title": "{series}主要预期目标历年完成情况",
    "tg_title": "主要预期目标历年完成情况",
    "tg_running_head": "{series} 主要预期目标历年完成情况",
    "tg_provenance": "{first}—{last}年政府工作报告 · 生成于 {at} · qdiff {version}",
    "tg_intro": (
        "每年政府工作报告的主要预期目标，与次年报告回顾部分给出的数字：达到、未达到或未见报告。"
        "判断依据是报告的文字表述，需人工核实。"
    ),
    "tg_col_chart": "历年走势",
    "tg_legend": "走势图：虚线为承诺，实线为报告的数字；圆点为达到（绿）或未达到（红）。",
    "tg_none": "档案中没有相邻两年的政府工作报告可以对照。",
}

_EN: dict[str, str] = {
    "dl_doc_title": "{issuer}: promises against delivery, {plan}",
    "dl_title": "Promises against delivery",
    "dl_footer": "Made by qdiff {version} from the published text of the documents listed; "
    "check its conclusions by hand.",
    "dl_plan": "plan",
    "dl_evidence": "evidence",
    "dl_running_head": "{issuer} {plan}: promises against delivery",
    "dl_provenance": "plan {plan} · evidence {evidence} · made {at} · qdiff {version}",
    "dl_h_check": "Read first: what was delivered",
    "dl_check_intro": (
        "Each checkable commitment of the plan (a named project, facility, document or event, or "
        "a number promised) against the reporting parts of the evidence. Judged from what the "
        "reports say: check with the units; not reported is not the same as not done."
    ),
    "dl_total": "{n} checkable commitments",
    "dl_h_short": "Short of target",
    "dl_h_in_progress": "In progress, short of the stage promised",
    "dl_none": "None.",
    "dl_h_targets": "Main targets",
    "dl_targets_intro": "The plan's main targets and the figures the evidence reports.",
    "dl_col_measure": "Measure",
    "dl_col_promised": "Promised",
    "dl_col_reported": "Reported",
    "dl_col_result": "Result",
    "dl_col_passage": "The report's words",
    "dl_blanket": "reported for the whole list, not item by item",
    "dl_similar": "the most similar sentence; the name itself does not appear",
    "dl_col_commitment": "Commitment (the plan's words)",
    "dl_col_ref": "Ref",
    "dl_h_sections": "Commitment by commitment",
    "dl_sections_intro": (
        "In the plan's order; beside each commitment, the passage the verdict rests on."
    ),
    "dl_section_counts": (
        "done {done} · in progress {in_progress} · short {short} · not reported {not_reported}"
    ),
    "dl_h_appendix": "Appendix: sources and how verdicts are made",
    "dl_how": (
        "A named object is looked up by its name (shortened or lengthened): a completion "
        "promised is done only where the report claims completion (建成, 竣工, 投用, 举办…), "
        "and in progress where it takes it back (预计, 基本建成, 完成80%); a start or an "
        "advance promised is done where the object is reported moving. A number is looked up "
        "by what it measures and a figure in the same unit after it: at or over the promise "
        "(at or under a ceiling) is done, else short. Income to grow in step with the economy "
        f"is held to the reported growth of the economy, less {IN_STEP_SLACK:g} percentage points "
        "(the figure shown as promised). An object whose name "
        "is found nowhere is judged by the clause that rewords it or the sentence most like "
        "it, marked as such. Found nowhere: not reported."
    ),
    "dl_row_kind": "Kind",
    "verdict_word_done": "done",
    "verdict_word_in_progress": "in progress",
    "verdict_word_short": "short",
    "verdict_word_not_reported": "not reported",
    "target_word_met": "met",
    "target_word_missed": "missed",
    "target_word_not_reported": "not reported",
    "kind_quarterly_plan": "quarterly plan",
    "kind_half_year_plan": "half-year plan",
    "kind_annual_plan": "annual plan",
    "kind_work_report": "work report",
    "kind_progress_report": "progress report",
    "kind_other": "other",
    "cv_doc_title": "{issuer} {year}: the year's commitments and its quarters",
    "cv_title": "The year's commitments, quarter by quarter",
    "cv_running_head": "{issuer} {year}: commitments quarter by quarter",
    "cv_provenance": (
        "annual plan {plan} · quarterly notices {notices} · progress reports {reports} · made "
        "{at} · qdiff {version}"
    ),
    "cv_h_check": "Read first: what the quarters scheduled",
    "cv_check_intro": (
        "Each checkable commitment of the year's plan is looked up in each quarter's notice (by "
        "name, or by what a target measures); each object a quarter names is looked up in the "
        "year's plan. Read from what the documents say: check by hand."
    ),
    "cv_h_unscheduled": "Commitments of the year no quarter scheduled",
    "cv_h_unrooted": "Quarterly commitments with no root in the year's plan",
    "cv_h_milestones": "Quarterly milestones",
    "cv_milestones_intro": (
        "Each quarter's milestone of the task table: in that quarter's notice (nothing is said "
        "of a quarter not archived), and mentioned by the progress reports covering it (a "
        "mention is not a verdict: see the promises-against-delivery report)."
    ),
    "cv_h_all": "Every commitment of the year and its quarters",
    "cv_col_quarter": "Quarter",
    "cv_col_project": "Project",
    "cv_col_milestone": "Milestone",
    "cv_col_scheduled": "Quarter's notice",
    "cv_col_reported": "Progress reports",
    "cv_scheduled": "scheduled",
    "cv_not_scheduled": "not scheduled",
    "cv_no_notice": "quarter not archived",
    "cv_reported": "mentioned",
    "cv_not_reported": "not mentioned",
    "cv_none_scheduled": "no quarter",
    "tg_doc_title": "{series}: main targets over the years",
    "tg_title": "Main targets over the years",
    "tg_running_head": "{series}: main targets over the years",
    "tg_provenance": "work reports {first}-{last} · made {at} · qdiff {version}",
    "tg_intro": (
        "Each year's main targets (主要预期目标) against the figures the next year's review gives: "
        "met, missed or not reported. Read from what the reports say: check by hand."
    ),
    "tg_col_chart": "Over the years",
    "tg_legend": "Charts: the promise dashed, the reported figure solid; a dot met (green) or "
    "missed (red).",
    "tg_none": "The archive holds no two consecutive work reports to read together.",
}

DELIVERY_STRINGS: dict[Language, dict[str, str]] = {"zh": _ZH, "en": _EN}


def delivery_labels(lang: str) -> Labels:
    """The words of the delivery, coverage and targets reports in `lang` (checked)."""
    language = language_of(lang)
    return Labels(language, "periods", DELIVERY_STRINGS[language])
