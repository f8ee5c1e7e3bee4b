"""The words only the comparison report's first screen, charts, item redlines and appendix use,
one dictionary per language; they extend the shared strings (`reports/common/strings.py`).

Words chosen for a supervision office (README, "Words in the reports"): a repeated promise is
再次承诺 (it may have slipped: 疑似延期), never a 线索 (which to that reader is a misconduct tip);
what needs checking is 需核查, never a 信号.
"""

from __future__ import annotations

from qdiff.reports.common.strings import Language

_ZH: dict[str, str] = {
    "provenance_line": (
        "{from_period} {from_ref} → {to_period} {to_ref} · 生成于 {at} · qdiff {version}"
    ),
    "source_ref": "{name}（{doc}）",
    "provenance_more": "来源、校验值、解析提示与匹配参数见附录",
    "h_check": "先看这里：需核查的变化",
    "check_intro": (
        "以下按严重程度排列，每类列出前几条（编号链接到原文）；全部条目见“落实情况跟踪”。"
        "判断依据是两份通知的文字表述，需向责任单位核实。"
    ),
    "check_none": (
        "没有需核查的变化：没有再次承诺、未完成即消失、阶段后退、目标调减或牵头单位变化。"
    ),
    "severity_high": "重要",
    "severity_medium": "关注",
    "check_slipped": "再次承诺（疑似延期）",
    "check_vanished": "未完成即不再出现",
    "check_regressed": "阶段后退",
    "check_targets_cut": "目标数量调减",
    "check_leads": "牵头单位变化",
    "check_count_objects": "{n} 个项目",
    "check_count_tasks": "{n} 项任务",
    "check_count_items": "{n} 项事项",
    "check_more": "另有 {n} 条，见完整列表：",
    "check_list_objects": "项目列表",
    "check_list_tasks": "任务列表",
    "check_list_items": "事项列表",
    "said_again": "再次承诺{stage}",
    "units_more": "{first}等 {n} 个单位",
    "said_gone": "曾写“{stage}”，不再出现",
    "h_status_bar": "事项比较结果",
    "status_bar_caption": "{new}与{old}相比，各事项的比较结果（共 {n} 项）",
    "h_matrix": "任务阶段变化",
    "matrix_caption": (
        "延续任务的阶段：行是{old}，列是{new}。对角线为阶段未变；在“研究谋划”至“完成”之间，"
        "对角线右上为前进，左下（标 ↓）为后退；“未标明”行列不计方向。"
    ),
    "matrix_summary": "前进 {up} 项，后退 {down} 项",
    "matrix_old": "{old}＼{new}",
    "h_agency_bars": "各牵头单位的事项",
    "agency_bars_caption": (
        "牵头事项最多的 {n} 个单位：条形为其事项（延续、改写、新增、未再列入），"
        "右侧数字为再次承诺与不再出现的任务。完整表格见附录。"
    ),
    "bar_slipped": "再次承诺 {n}",
    "bar_dropped": "不再出现 {n}",
    "stages_back": "后退",
    "follow_stages_back": "阶段后退的任务",
    "follow_stages_back_why": (
        "同一任务在{new}所写的进度低于{old}（如由“完成”到“推进”）。请核实原因。"
    ),
    "follow_stages": "阶段前进或改变的任务",
    "follow_stages_why": "任务开头动词所表明的进度：研究谋划 → 启动 → 推进 → 完成。",
    "col_wording": "{new}表述（标出改动）",
    "col_object_stages": "阶段",
    "not_printed": "“{title}”（{n} 项）只在电子版中列出：它们在逐项对照中均已标出。",
    "ledger_not_printed": (
        "项目台账（{n} 个项目）只在电子版中列出；其中需核查的 {flagged} 个项目已列在上面各表中。"
    ),
    "same_item": "文字与任务均未改动",
    "same_tasks": "未改动的任务 {n} 项",
    "paragraph": "查看两季整段原文",
    "matched_on": "两季共有的关键表述",
    "redline_legend": (
        "任务逐句对照：[删]框线内为{old}删去的文字，加下划线的为{new}新增的文字；"
        "数字整体标出（如 10台 → 20台）。未改动的事项和任务折叠为一行。"
    ),
    "h_appendix": "附录：来源、解析提示与匹配参数",
    "appendix_agencies": "按牵头单位统计的完整表格",
    "running_head": "{issuer} {old_period} → {new_period} 比较报告",
}

_EN: dict[str, str] = {
    "provenance_line": (
        "{from_period} {from_ref} → {to_period} {to_ref} · made {at} · qdiff {version}"
    ),
    "source_ref": "{name} ({doc})",
    "provenance_more": "sources, checksums, reading notes and matching settings: see the appendix",
    "h_check": "Read first: changes to check",
    "check_intro": (
        "Most serious first; each kind lists its first rows, linked to the text; the full lists "
        "are under “Follow-through”. They rest on what the notices say: check with the units."
    ),
    "check_none": (
        "Nothing to check: no promise made again, none gone unfinished, no stage down, no target "
        "cut, no lead unit changed."
    ),
    "severity_high": "serious",
    "severity_medium": "notable",
    "check_slipped": "Promised again (possibly late)",
    "check_vanished": "Gone before completion",
    "check_regressed": "Stage went down",
    "check_targets_cut": "Target cut",
    "check_leads": "Lead unit changed",
    "check_count_objects": "{n} named object(s)",
    "check_count_tasks": "{n} task(s)",
    "check_count_items": "{n} item(s)",
    "check_more": "{n} more in the full lists:",
    "check_list_objects": "objects",
    "check_list_tasks": "tasks",
    "check_list_items": "items",
    "said_again": "{stage} promised again",
    "units_more": "{first} and others ({n} units)",
    "said_gone": "said “{stage}”, then gone",
    "h_status_bar": "Items compared",
    "status_bar_caption": "Each item of the {new} against the {old} ({n} in all)",
    "h_matrix": "Task stages",
    "matrix_caption": (
        "Stages of continuing tasks: rows are the {old}, columns the {new}. The diagonal is "
        "unchanged; between study and complete, above it moved up and below it (marked ↓) "
        "went down; the row and column of no stage have no direction."
    ),
    "matrix_summary": "{up} up, {down} down",
    "matrix_old": "{old} \\ {new}",
    "h_agency_bars": "Items per lead unit",
    "agency_bars_caption": (
        "The {n} units leading most items: each bar is its items (carried over, reworded, new, "
        "dropped); the numbers after it count tasks promised again and tasks gone. The full "
        "table is in the appendix."
    ),
    "bar_slipped": "promised again {n}",
    "bar_dropped": "gone {n}",
    "stages_back": "down",
    "follow_stages_back": "Tasks whose stage went down",
    "follow_stages_back_why": (
        "The {new} claims less progress than the {old} did (e.g. from “complete” to "
        "“advance”). Ask why."
    ),
    "col_wording": "Wording of the {new} (changes marked)",
    "col_object_stages": "Stage",
    "follow_stages": "Tasks whose stage moved up or changed",
    "follow_stages_why": (
        "The stage a task's opening verb claims: study → start → advance → complete."
    ),
    "not_printed": "“{title}” ({n}) is listed on screen only: each is marked in the item redlines.",
    "ledger_not_printed": (
        "The project ledger ({n} objects) is on screen only; the {flagged} that need checking are "
        "listed in the tables above."
    ),
    "same_item": "text and tasks unchanged",
    "same_tasks": "{n} unchanged task(s)",
    "paragraph": "Both notices' paragraphs in full",
    "matched_on": "Wording both share",
    "redline_legend": (
        "Task by task: boxed text marked [del] was deleted from the {old}, underlined text was "
        "added in the {new}; numbers are marked whole (10 → 20). Unchanged items and tasks are "
        "folded to one line."
    ),
    "h_appendix": "Appendix: sources, reading notes and matching settings",
    "appendix_agencies": "Full table per lead unit",
    "running_head": "{issuer} {old_period} → {new_period} compared",
}

PAIR_STRINGS: dict[Language, dict[str, str]] = {"zh": _ZH, "en": _EN}
