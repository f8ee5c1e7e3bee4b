"""Every word of the report's interface, one dictionary per language.

Chinese is the report's language: its readers are oversight staff. English labels (`--lang en`)
are for colleagues who do not read Chinese; the notice text is always shown as published.
`{old}` and `{new}` in a string stand for the words naming the two notices (上季度/本季度 for
consecutive quarters), filled in when the string is looked up; `{Old}` and `{New}` for the same
words at the start of a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from qdiff.align.model import Facet, Status
from qdiff.notice import Stage
from qdiff.output.summary import STATUS_ORDER
from qdiff.periods import Period, PeriodKind

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")
SidePair = Literal["quarters", "versions", "periods"]


_ZH: dict[str, str] = {
    "html_lang": "zh-CN",
    "doc_title": "{issuer}工作要点比较报告：{old_period} → {new_period}",
    "report_title": "工作要点比较报告",
    "skip_to_content": "跳到正文",
    "toc": "目录",
    "side_old_quarters": "上季度",
    "side_new_quarters": "本季度",
    "side_old_versions": "原版本",
    "side_new_versions": "新版本",
    "side_old_periods": "上期",
    "side_new_periods": "本期",
    "missing": "—",
    "none": "无",
    "list_sep": "，",
    "units_sep": "、",
    "untitled_section": "全部事项",
    "old_only_section": "{title}（{old}有、{new}无对应部分）",
    "place_old": "{old} {section} 第 {ref} 项",
    "place_new": "{new} {section} 第 {ref} 项",
    "task_ref": "{new}任务 {ref}",
    "old_task_ref": "{old} {ref}",
    "new_task_ref": "{new} {ref}",
    "new_item_ref": "{new} {ref}",
    "old_item_ref": "{old} {ref}",
    "no_lead": "未写明牵头单位",
    # sources
    "h_sources": "比较对象与生成信息",
    "sources_caption": "两份通知的来源（用于核对与复现）",
    "row_title": "标题",
    "row_issuer": "发文机关",
    "row_series": "归档系列",
    "row_period": "期间",
    "row_version": "归档版本",
    "row_doc_number": "文号",
    "row_signed_on": "签发日期",
    "row_published_on": "发布日期",
    "row_file": "来源文件",
    "row_sha256": "SHA-256 校验值",
    "row_counts": "篇幅",
    "row_complete": "文本完整性",
    "counts_value": "{sections} 个部分，{items} 项事项，{tasks} 项任务",
    "series_none": "未归档（直接比较两个文件）",
    "source_complete": "完整",
    "source_truncated": "不完整：原文在中途截断",
    "truncated_old": (
        "注意：{old}通知的文本不完整，在第 {last} 项中途截断。截断处之后才出现的 {uncovered} 项"
        "{new}事项标为“无法比较”：既不能断定为新增，也不能断定为延续。请取得完整原文后重新比较。"
    ),
    "truncated_new": (
        "注意：{new}通知的文本不完整，在第 {last} 项中途截断。{old}在截断处之后的 {uncovered} 项"
        "事项标为“无法比较”：不能据此认定为删除。请取得完整原文后重新比较。"
    ),
    "h_warnings": "读取与解析提示",
    "warnings_intro": (
        "qdiff 在读取原文时所作的修复和发现的异常"
        "（原文照录，不作改动；修复仅用于识别文号、日期等信息）。"
    ),
    "warnings_none": "无",
    "warning_line": "第 {line} 行",
    "h_generated": "生成信息",
    "generated_by": "生成工具",
    "generated_at": "生成时间",
    "time_zone": "北京时间",
    "page_of": "第 {page} 页 / 共 {pages} 页",
    "settings": "匹配参数",
    "settings_intro": "判断两季事项是否对应所用的阈值与权重；标 * 者不同于默认值。",
    "reproduce": "复现命令",
    # summary
    "h_summary": "概要",
    "h_findings": "主要发现",
    "h_counts": "按状态统计",
    "counts_caption": "事项与任务按比较结果分类的数量",
    "col_status": "状态",
    "col_items": "事项",
    "col_tasks": "任务",
    "h_legend": "状态与特征说明",
    "status_count": "{status} {n} 项",
    # follow-through
    "h_follow": "落实情况跟踪",
    "follow_intro": (
        "以下各表依据两季通知的文字表述整理，只说明“怎么写的”，不代表实际完成情况；"
        "标“待核实”的条目需向责任单位了解。任务编号链接到逐项对照中的原文。"
    ),
    "follow_slipped": "重复承诺“完成”（疑似延期）",
    "follow_slipped_why": (
        "{old}已承诺“完成”（或建成、竣工、出台等），{new}以相同目标再次承诺“完成”。"
    ),
    "follow_dropped_unfinished": "不再出现且未曾“完成”的任务（待核实）",
    "follow_dropped_unfinished_why": (
        "{old}的任务在{new}找不到对应表述，且{old}未表述为“完成”：可能已放弃、合并到其他表述，"
        "或已完成但未说明。"
    ),
    "follow_vanished_complete": "已表述“完成”后不再出现的任务（推定已完成，待核实）",
    "follow_vanished_complete_why": "{old}承诺“完成”，{new}不再提及：通常意味着已完成，但需核实。",
    "follow_stages": "阶段变化",
    "follow_stages_why": (
        "任务开头动词所表明的进度：研究谋划 → 启动 → 推进 → 完成。后退的排在前面。"
    ),
    "follow_targets": "目标数量变化",
    "follow_targets_why": "同一任务所写的数量（台、个、平方米、亿元等）前后不同。",
    "follow_leads": "牵头单位变化",
    "follow_leads_why": "同一事项的牵头单位前后不同。",
    "follow_objects_slipped": "项目再次承诺（疑似延期）",
    "follow_objects_slipped_why": (
        "同一项目（工程、设施、文件、活动）{old}已承诺开工或完成，{new}又以相同目标承诺一次，"
        "而{old}的期限已过。"
    ),
    "follow_objects_vanished": "未完成即不再出现的项目（待核实）",
    "follow_objects_vanished_why": (
        "{old}点名的项目在{new}任何地方都不再出现，且{old}并未表述为“完成”：可能已放弃、"
        "改了名称，或已完成但未说明。"
    ),
    "follow_objects_regressed": "阶段后退的项目",
    "follow_objects_regressed_why": "同一项目在{new}所写的进度低于{old}（如由“完成”到“推进”）。",
    "col_object": "项目",
    "col_old_place": "{old}位置",
    "col_new_place": "{new}位置",
    "object_said_again": "{Old}承诺{stage}，{new}再次承诺{stage}",
    "object_said_both": "{Old}：{old_stage}；{new}：{new_stage}",
    "object_said_gone": "{Old}承诺{stage}，{new}不再出现",
    "object_status_continued": "延续",
    "object_status_new": "新提出",
    "object_status_dropped": "不再出现",
    "object_status_uncovered": "原文截断",
    "object_facet_slipped": "再次承诺",
    "object_facet_regressed": "阶段后退",
    "object_facet_stage_changed": "阶段变化",
    "object_facet_quantity_changed": "数量变化",
    "object_facet_new_round": "新一年度",
    "object_facet_deadline_changed": "期限变化",
    "object_facet_lead_unit_changed": "牵头单位变化",
    "h_ledger": "项目台账",
    "ledger_intro": (
        "两季通知点名的每个项目（工程、设施、文件、活动等），各自的阶段、期限和数量。"
        "需核查的排在最前，有变化的其次，没有变化的折叠在最后。"
    ),
    "ledger_flagged": "需核查",
    "ledger_changed": "有变化",
    "ledger_unchanged": "没有变化的项目（{n} 个）",
    "ledger_none": "两季通知都没有点名具体项目。",
    "col_ledger_status": "状态",
    "col_ledger_old": "{old}",
    "col_ledger_new": "{new}",
    "col_ledger_changes": "变化",
    "deadline": "期限",
    "quantities": "数量",
    "follow_empty": "无。",
    "col_task": "任务",
    "col_item": "所属事项",
    "col_old_text": "{old}表述",
    "col_lead": "牵头单位",
    "col_old_stage": "{old}阶段",
    "col_item_fate": "事项去向",
    "col_stage_change": "阶段",
    "col_direction": "方向",
    "col_old_target": "{old}目标",
    "col_new_target": "{new}目标",
    "col_item_ref": "事项",
    "col_old_lead": "{old}牵头单位",
    "col_new_lead": "{new}牵头单位",
    "fate_item_dropped": "整项未再列入",
    "fate_item_continues": "事项延续，此任务删去",
    "direction_1": "前进",
    "direction_-1": "后退",
    "direction_0": "—",
    # agencies
    "h_agencies": "按责任单位统计",
    "agencies_intro": (
        "按牵头单位统计其牵头的事项与任务。事项、任务计入所在通知中的牵头单位"
        "（未再列入的按{old}计）。"
    ),
    "agencies_caption": "各牵头单位的事项与任务",
    "agencies_screen": "点击表头可排序。",
    "agency_name": "牵头单位",
    "agency_items": "{new}牵头事项",
    "agency_tasks": "{new}牵头任务",
    "agency_carried_over": "延续",
    "agency_reworded": "改写/拆分/合并",
    "agency_new": "新增事项",
    "agency_dropped": "未再列入的事项",
    "agency_slipped": "重复承诺“完成”",
    "agency_tasks_dropped": "不再出现的任务",
    "agencies_none": "两份通知均未写明牵头单位。",
    # items
    "h_items": "逐项对照",
    "filters": "筛选",
    "filter_status": "状态",
    "filter_facet": "特征",
    "filter_section": "部分",
    "filter_agency": "责任单位",
    "filter_search": "搜索",
    "filter_search_placeholder": "输入文字，如 电梯、长阳创谷",
    "filter_all": "全部",
    "filter_reset": "清除筛选",
    "filter_count": "显示 {shown} / {total} 项事项",
    "filter_none_match": "没有符合筛选条件的事项。",
    "nojs_note": "筛选与搜索需要浏览器允许运行脚本；现显示全部事项。",
    "print_filtered": "本打印件只含筛选结果：",
    "absent_old": "{old}无此项",
    "absent_new": "{new}无此项",
    "lead": "牵头",
    "support": "配合",
    "evidence": "对应依据（两季共有的表述）",
    "score": "相似度",
    "moved_from_before": "由",
    "moved_from_after": "移来",
    "moved_to": "此项已移至",
    "task_moved_to": "已移至",
    "col_stage": "阶段",
    "col_quantities": "目标数量",
    "no_tasks": "本项无任务句。",
    "deleted_mark": "删去",
    "mark_del": "删",
    "inserted_mark": "新增",
    "footer": "本报告由 qdiff {version} 根据两份通知的原文自动生成；比较结果需人工核对。",
    # statuses, facets, stages
    "status_carried_over": "延续",
    "status_reworded": "改写",
    "status_new": "新增",
    "status_dropped": "未再列入",
    "status_split": "拆分",
    "status_merged": "合并",
    "status_uncovered": "无法比较",
    "status_carried_over_why": "文字基本不变，目标、阶段和牵头单位相同。",
    "status_reworded_why": "同一事项，表述、目标、阶段或责任单位有改动。",
    "status_new_why": "{old}没有对应的事项。",
    "status_dropped_why": "{new}没有对应的事项。",
    "status_split_why": "{old}的一项拆成{new}的几项。",
    "status_merged_why": "{old}的几项合并为{new}的一项。",
    "status_uncovered_why": "位于另一份通知截断处之后，无法判断。",
    "facet_moved": "调整位置",
    "facet_heading_changed": "标题改动",
    "facet_stage_changed": "阶段变化",
    "facet_quantity_changed": "目标数量变化",
    "facet_lead_unit_changed": "牵头单位变化",
    "facet_units_changed": "责任单位变化",
    "facet_slipped": "重复承诺完成",
    "facet_new_round": "新一年度",
    "facet_moved_why": "事项换了所在部分，或任务换了所在事项。",
    "facet_heading_changed_why": "事项标题（第一句）改动。",
    "facet_stage_changed_why": "任务所表明的进度阶段改变。",
    "facet_quantity_changed_why": "任务所写的数量改变。",
    "facet_lead_unit_changed_why": "牵头单位改变。",
    "facet_units_changed_why": "牵头或配合单位有增减。",
    "facet_slipped_why": "{old}已承诺完成，{new}以相同目标再次承诺完成。",
    "facet_new_round_why": "跨年度：同一项目在新一年度重新设定的目标。",
    "stage_study": "研究谋划",
    "stage_start": "启动",
    "stage_advance": "推进",
    "stage_complete": "完成",
    "stage_none": "未标明",
    # reading and parsing notes, one per qdiff.notice.WarningCode
    "warning_encoding_guessed": "编码为推测所得，个别字符可能有误",
    "warning_decode_replaced": "有无法解码的字节，已以替换符代替",
    "warning_html_extracted": "正文取自保存的网页",
    "warning_junk_before_title": "标题前有与通知无关的文字（网站栏目、广告等）",
    "warning_title_missing": "未找到通知标题",
    "warning_period_missing": "未找到所属时期",
    "warning_period_conflict": "标题与正文所写的时期不一致",
    "warning_period_overridden": "归档时指定的时期与通知所写的不同（--force）",
    "warning_kind_overridden": "归档时指定的文件类型与解析结果不同（--kind）",
    "warning_doc_number_repaired": "文号有缺字，已据上下文补全",
    "warning_doc_number_damaged": "文号残缺，无法补全",
    "warning_date_repaired": "日期有缺字，已补全",
    "warning_date_ambiguous": "日期残缺，有两种以上读法，未作推断",
    "warning_damaged_range": "年份区间缺少连接号",
    "warning_decimal_damaged": "小数点疑被网站改成句号",
    "warning_traditional_characters": "简体文本中夹有繁体字，疑为转载网站繁简转换所致",
    "warning_bidi_control": "文本含有不可见的文字方向控制符，可能使显示的文字与实际字符不一致",
    "warning_clause_unclosed": "责任单位括号未闭合",
    "warning_clause_missing": "事项没有责任单位",
    "warning_numbering_gap": "序号不连续",
    "warning_numbering_repeat": "序号重复",
    "warning_unplaced_text": "有文字无法归入任何事项",
    "warning_truncated": "文本不完整，中途截断",
    # audit findings (`qdiff audit mark`), as both reports show them
    "period_short": "{year}年{cn}季度",
    "verdict_done": "已完成",
    "verdict_partly": "部分完成",
    "verdict_not_done": "未完成",
    "verdict_in_progress": "正在推进",
    "verdict_cannot_verify": "无法核实",
    "verdict_by": "{by}，{at}",
    "verdict_on": "针对 {period} {ref}",
    "verdict_evidence": "依据",
    "verdict_note": "备注",
    "audit_findings": "审计发现",
    "audit_latest": "最新",
    "audit_count": "共 {n} 条",
}

_EN: dict[str, str] = {
    "html_lang": "en",
    "doc_title": "{issuer} work priorities compared: {old_period} → {new_period}",
    "report_title": "Work-priority notices compared",
    "skip_to_content": "Skip to content",
    "toc": "Contents",
    "side_old_quarters": "previous quarter",
    "side_new_quarters": "current quarter",
    "side_old_versions": "earlier version",
    "side_new_versions": "later version",
    "side_old_periods": "earlier notice",
    "side_new_periods": "later notice",
    "missing": "—",
    "none": "none",
    "list_sep": ", ",
    "units_sep": ", ",
    "untitled_section": "All items",
    "old_only_section": "{title} (only in the {old})",
    "place_old": "{old}: {section}, item {ref}",
    "place_new": "{new}: {section}, item {ref}",
    "task_ref": "task {ref} of the {new}",
    "old_task_ref": "{ref} ({old})",
    "new_task_ref": "{ref} ({new})",
    "new_item_ref": "{ref} ({new})",
    "old_item_ref": "{ref} ({old})",
    "no_lead": "no lead unit named",
    "h_sources": "Sources and how this report was made",
    "sources_caption": "Where the two notices came from (to check and reproduce)",
    "row_title": "Title",
    "row_issuer": "Issuer",
    "row_series": "Archive series",
    "row_period": "Period",
    "row_version": "Archive version",
    "row_doc_number": "Document number",
    "row_signed_on": "Signed on",
    "row_published_on": "Published on",
    "row_file": "Source file",
    "row_sha256": "SHA-256",
    "row_counts": "Size",
    "row_complete": "Text complete",
    "counts_value": "{sections} sections, {items} items, {tasks} tasks",
    "series_none": "not archived (two files compared directly)",
    "source_complete": "complete",
    "source_truncated": "incomplete: the text is cut off",
    "truncated_old": (
        "Note: the {old}'s text is incomplete; it stops inside item {last}. {uncovered} item(s) of "
        "the {new} that come after the cut are marked “cannot compare”: they are neither new nor "
        "continued as far as this comparison can tell. Compare again with the complete text."
    ),
    "truncated_new": (
        "Note: the {new}'s text is incomplete; it stops inside item {last}. {uncovered} item(s) of "
        "the {old} after the cut are marked “cannot compare”, not dropped. Compare again with the "
        "complete text."
    ),
    "h_warnings": "Reading and parsing notes",
    "warnings_intro": (
        "Repairs qdiff made and oddities it found while reading (the text is shown as published; "
        "repairs only serve to read document numbers and dates)."
    ),
    "warnings_none": "none",
    "warning_line": "line {line}",
    "h_generated": "Report",
    "generated_by": "Made with",
    "generated_at": "Made at",
    "time_zone": "Beijing time",
    "page_of": "page {page} of {pages}",
    "settings": "Matching settings",
    "settings_intro": "Thresholds and weights that decide which items continue which; * marks a "
    "value other than the default.",
    "reproduce": "Command to reproduce",
    "h_summary": "Summary",
    "h_findings": "Findings",
    "h_counts": "Counts by status",
    "counts_caption": "Items and tasks by outcome of the comparison",
    "col_status": "Status",
    "col_items": "Items",
    "col_tasks": "Tasks",
    "h_legend": "What the statuses and marks mean",
    "status_count": "{n} {status}",
    "h_follow": "Follow-through",
    "follow_intro": (
        "These tables say how the notices word their promises, not what was actually done; rows "
        "marked “to verify” need asking the responsible unit. Task numbers link to their text."
    ),
    "follow_slipped": "Completion promised again (possibly late)",
    "follow_slipped_why": "The {old} promised completion (完成, 建成, 竣工, 出台…) and the {new} "
    "promises the same completion with the same target again.",
    "follow_dropped_unfinished": "Vanished without reaching “complete” (to verify)",
    "follow_dropped_unfinished_why": "A task of the {old} has no counterpart in the {new} and "
    "was not worded as complete: dropped, folded into other wording, or done without saying.",
    "follow_vanished_complete": "Vanished after “complete” (presumably done, to verify)",
    "follow_vanished_complete_why": "The {old} promised completion and the {new} no longer "
    "mentions it: usually done, to verify.",
    "follow_stages": "Stage changes",
    "follow_stages_why": "The stage a task's opening verb claims: study → start → advance → "
    "complete. Steps down come first.",
    "follow_targets": "Changed targets",
    "follow_targets_why": "The figures a task names (units, m², ¥100m…) differ.",
    "follow_leads": "Changed lead units",
    "follow_leads_why": "The lead unit of a continuing item differs.",
    "follow_objects_slipped": "Projects promised again (deadline probably missed)",
    "follow_objects_slipped_why": (
        "The same project (works, facility, document, event) was promised to start or be "
        "completed in the {old}, and the {new} promises it again with the same target after the "
        "{old}'s deadline passed."
    ),
    "follow_objects_vanished": "Projects gone before completion (to be checked)",
    "follow_objects_vanished_why": (
        "A project the {old} named appears nowhere in the {new}, and the {old} did not call it "
        "complete: dropped, renamed, or done without saying so."
    ),
    "follow_objects_regressed": "Projects whose stage went down",
    "follow_objects_regressed_why": (
        "The {new} claims less progress for the project than the {old} did (e.g. from "
        "“complete” to “advance”)."
    ),
    "col_object": "Project",
    "col_old_place": "In the {old}",
    "col_new_place": "In the {new}",
    "object_said_again": "{Old}: {stage}; the {new} promises {stage} again",
    "object_said_both": "{Old}: {old_stage}; {new}: {new_stage}",
    "object_said_gone": "{Old}: {stage}; gone from the {new}",
    "object_status_continued": "continued",
    "object_status_new": "new",
    "object_status_dropped": "gone",
    "object_status_uncovered": "cut off",
    "object_facet_slipped": "promised again",
    "object_facet_regressed": "went down",
    "object_facet_stage_changed": "stage changed",
    "object_facet_quantity_changed": "figure changed",
    "object_facet_new_round": "new year's round",
    "object_facet_deadline_changed": "deadline changed",
    "object_facet_lead_unit_changed": "lead unit changed",
    "h_ledger": "Project ledger",
    "ledger_intro": (
        "Every project (works, facility, document, event…) either notice names, with its stage, "
        "deadline and figures in each. Those to check come first, then those that changed; "
        "the unchanged ones are folded at the end."
    ),
    "ledger_flagged": "To check",
    "ledger_changed": "Changed",
    "ledger_unchanged": "Projects that did not change ({n})",
    "ledger_none": "Neither notice names a project.",
    "col_ledger_status": "Status",
    "col_ledger_old": "{Old}",
    "col_ledger_new": "{New}",
    "col_ledger_changes": "Changes",
    "deadline": "deadline",
    "quantities": "figures",
    "follow_empty": "None.",
    "col_task": "Task",
    "col_item": "Item",
    "col_old_text": "Wording ({old})",
    "col_lead": "Lead unit",
    "col_old_stage": "Stage ({old})",
    "col_item_fate": "Its item now",
    "col_stage_change": "Stage",
    "col_direction": "Direction",
    "col_old_target": "Target ({old})",
    "col_new_target": "Target ({new})",
    "col_item_ref": "Item",
    "col_old_lead": "Lead ({old})",
    "col_new_lead": "Lead ({new})",
    "fate_item_dropped": "whole item dropped",
    "fate_item_continues": "item continues without it",
    "direction_1": "up",
    "direction_-1": "down",
    "direction_0": "—",
    "h_agencies": "By responsible unit",
    "agencies_intro": "Items and tasks each lead unit (牵头单位) leads, counted in the notice "
    "where they are found (dropped ones in the {old}).",
    "agencies_caption": "Lead units and their items and tasks",
    "agencies_screen": "Click a column header to sort.",
    "agency_name": "Lead unit",
    "agency_items": "Items led ({new})",
    "agency_tasks": "Tasks led ({new})",
    "agency_carried_over": "Carried over",
    "agency_reworded": "Reworded/split/merged",
    "agency_new": "New items",
    "agency_dropped": "Dropped items",
    "agency_slipped": "Completion promised again",
    "agency_tasks_dropped": "Tasks vanished",
    "agencies_none": "Neither notice names a lead unit.",
    "h_items": "Item by item",
    "filters": "Filters",
    "filter_status": "Status",
    "filter_facet": "Mark",
    "filter_section": "Section",
    "filter_agency": "Responsible unit",
    "filter_search": "Search",
    "filter_search_placeholder": "words from the text, e.g. 电梯",
    "filter_all": "all",
    "filter_reset": "Clear filters",
    "filter_count": "Showing {shown} of {total} items",
    "filter_none_match": "No item matches the filters.",
    "nojs_note": "Filters and search need scripts enabled in the browser; every item is shown.",
    "print_filtered": "This printout holds the filtered items only:",
    "absent_old": "not in the {old}",
    "absent_new": "not in the {new}",
    "lead": "Lead",
    "support": "Support",
    "evidence": "Matched on (wording both share)",
    "score": "similarity",
    "moved_from_before": "moved here from",
    "moved_from_after": "",
    "moved_to": "moved to",
    "task_moved_to": "moved to",
    "col_stage": "Stage",
    "col_quantities": "Targets",
    "no_tasks": "This item has no task sentences.",
    "deleted_mark": "deleted",
    "mark_del": "del",
    "inserted_mark": "inserted",
    "footer": "Made by qdiff {version} from the published text of both notices; check the "
    "results by reading.",
    "status_carried_over": "carried over",
    "status_reworded": "reworded",
    "status_new": "new",
    "status_dropped": "dropped",
    "status_split": "split",
    "status_merged": "merged",
    "status_uncovered": "cannot compare",
    "status_carried_over_why": "Wording unchanged but for trivial edits; same targets, stages "
    "and lead units.",
    "status_reworded_why": "The same item with changed wording, targets, stages or units.",
    "status_new_why": "No counterpart in the {old}.",
    "status_dropped_why": "No counterpart in the {new}.",
    "status_split_why": "One item of the {old} became several of the {new}.",
    "status_merged_why": "Several items of the {old} became one of the {new}.",
    "status_uncovered_why": "Past the cut of the other notice's incomplete text: unknown.",
    "facet_moved": "moved",
    "facet_heading_changed": "heading changed",
    "facet_stage_changed": "stage changed",
    "facet_quantity_changed": "target changed",
    "facet_lead_unit_changed": "lead unit changed",
    "facet_units_changed": "units changed",
    "facet_slipped": "completion promised again",
    "facet_new_round": "new year's round",
    "facet_moved_why": "The item sits in another section, or the task in another item.",
    "facet_heading_changed_why": "The item's heading (first sentence) changed.",
    "facet_stage_changed_why": "The stage the task claims changed.",
    "facet_quantity_changed_why": "The figures the task names changed.",
    "facet_lead_unit_changed_why": "The lead unit changed.",
    "facet_units_changed_why": "Lead or supporting units were added or removed.",
    "facet_slipped_why": "Completion promised in the {old} and promised again, same target.",
    "facet_new_round_why": "Across a year end: the programme's target set again for the new year.",
    "stage_study": "study",
    "stage_start": "start",
    "stage_advance": "advance",
    "stage_complete": "complete",
    "stage_none": "none",
    # reading and parsing notes, one per qdiff.notice.WarningCode
    "warning_encoding_guessed": "the encoding was guessed; a few characters may be wrong",
    "warning_decode_replaced": "bytes that did not decode were replaced",
    "warning_html_extracted": "the text was taken out of a saved web page",
    "warning_junk_before_title": "text unrelated to the notice before its title (site names, ads)",
    "warning_title_missing": "no title found",
    "warning_period_missing": "no period found",
    "warning_period_conflict": "the title and the text name different periods",
    "warning_period_overridden": "archived with --force under another period than it names",
    "warning_kind_overridden": "archived with --kind as another kind than it reads as",
    "warning_doc_number_repaired": "characters missing from the document number were restored",
    "warning_doc_number_damaged": "the document number is damaged beyond repair",
    "warning_date_repaired": "characters missing from a date were restored",
    "warning_date_ambiguous": "a damaged date can be read more than one way; not guessed",
    "warning_damaged_range": "a year range lost its dash",
    "warning_decimal_damaged": "a decimal point seems to have become 。",
    "warning_traditional_characters": "traditional characters in simplified text",
    "warning_bidi_control": "invisible text-direction controls: the text may not read as it is",
    "warning_clause_unclosed": "a responsibility clause is not closed",
    "warning_clause_missing": "an item has no responsibility clause",
    "warning_numbering_gap": "a gap in the numbering",
    "warning_numbering_repeat": "a number is repeated",
    "warning_unplaced_text": "text that belongs to no item",
    "warning_truncated": "the text is cut off",
    "period_short": "{year} Q{n}",
    "verdict_done": "done",
    "verdict_partly": "partly done",
    "verdict_not_done": "not done",
    "verdict_in_progress": "in progress",
    "verdict_cannot_verify": "cannot verify",
    "verdict_by": "{by}, {at}",
    "verdict_on": "on {ref} of {period}",
    "verdict_evidence": "Evidence",
    "verdict_note": "Note",
    "audit_findings": "Audit findings",
    "audit_latest": "latest",
    "audit_count": "{n} in all",
}

STRINGS: dict[Language, dict[str, str]] = {"zh": _ZH, "en": _EN}
_CN_NUMBERS = "一二三四"


class Labels:
    """The strings of one language, with the two notices' names filled in. `extra` adds the
    strings of another report (the multi-quarter report's, `reports/series/strings.py`)."""

    def __init__(
        self, lang: Language, pair: SidePair, extra: Mapping[str, str] | None = None
    ) -> None:
        self.lang = lang
        self.strings = {**STRINGS[lang], **extra} if extra else STRINGS[lang]
        self.old_name = self.strings[f"side_old_{pair}"]
        self.new_name = self.strings[f"side_new_{pair}"]
        self.status_order = STATUS_ORDER

    @property
    def old_title(self) -> str:
        """The older notice's name at the start of a sentence or as a heading."""
        return self.old_name[:1].upper() + self.old_name[1:]

    @property
    def new_title(self) -> str:
        return self.new_name[:1].upper() + self.new_name[1:]

    def __getitem__(self, key: str) -> str:
        text = self.strings[key]
        for token, name in (
            ("{old}", self.old_name),
            ("{new}", self.new_name),
            ("{Old}", self.old_title),
            ("{New}", self.new_title),
        ):
            text = text.replace(token, name)
        return text

    def __contains__(self, key: str) -> bool:
        return key in self.strings

    def format(self, key: str, **values: Any) -> str:
        return self[key].format(**values)

    def count(self, key: str, n: int, **values: Any) -> str:
        """A sentence about n things, in the singular or plural form where the language has them."""
        form = f"{key}_one" if n == 1 else f"{key}_other"
        return self.format(form if form in self.strings else key, n=n, **values)

    def status(self, status: Status) -> str:
        return self[f"status_{status.value}"]

    def facet(self, facet: Facet) -> str:
        return self[f"facet_{facet.value}"]

    def stage(self, stage: Stage | None) -> str:
        return self[f"stage_{stage.value}"] if stage is not None else self["stage_none"]

    def warning(self, code: str) -> str:
        """What a reading or parsing note means, in this language (its detail stays in English,
        as the parser wrote it)."""
        return self[f"warning_{code}"]

    def period(self, period: Period) -> str:
        if self.lang == "en":
            return {
                PeriodKind.QUARTER: f"{period.year} Q{period.index}",
                PeriodKind.HALF: f"{period.year} H{period.index}",
                PeriodKind.YEAR: str(period.year),
            }[period.kind]
        if period.kind is PeriodKind.QUARTER:
            return f"{period.year}年第{_CN_NUMBERS[period.index - 1]}季度"
        if period.kind is PeriodKind.HALF:
            return f"{period.year}年{'上' if period.index == 1 else '下'}半年"
        return f"{period.year}年"

    def date(self, day: date) -> str:
        if self.lang == "en":
            return day.isoformat()
        return f"{day.year}年{day.month}月{day.day}日"
