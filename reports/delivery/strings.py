"""The words of the 承诺兑现 report, one dictionary per language; they extend the shared strings
(`reports/common/strings.py`: sources, reading notes, the generation block)."""

from __future__ import annotations

from qdiff.reports.common.strings import Language

_ZH: dict[str, str] = {
    "dl_doc_title": "{issuer}承诺兑现核查报告：{plan}",
    "dl_title": "承诺兑现核查报告",
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
        "（上限类目标不超过承诺）为已兑现，否则为未达目标。找不到的为未见报告。"
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
}

_EN: dict[str, str] = {
    "dl_doc_title": "{issuer}: promises against delivery, {plan}",
    "dl_title": "Promises against delivery",
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
        "(at or under a ceiling) is done, else short. Found nowhere: not reported."
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
}

DELIVERY_STRINGS: dict[Language, dict[str, str]] = {"zh": _ZH, "en": _EN}
