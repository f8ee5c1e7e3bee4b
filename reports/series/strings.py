"""The words of the multi-quarter report, one dictionary per language.

They extend the comparison report's strings (`strings.py`): words both reports use (stages,
statuses, facets, audit findings, the generation block, filters) are looked up there, and what
only the multi-quarter report says is here. `{…}` fields are filled in with `Labels.format`.
"""

from __future__ import annotations

from qdiff.reports.common.strings import Language

_ZH: dict[str, str] = {
    "ln_doc_title": "{series}工作要点多季度跟踪报告：{first} — {last}",
    "ln_report_title": "工作要点落实情况多季度跟踪报告",
    "ln_range": "{first} — {last}",
    "ln_running_head": "{series} {first} — {last} 多季度跟踪报告",
    "ln_range_count": "共 {span} 个季度，已归档 {archived} 个",
    "ln_gap_badge": "缺档 {n} 个季度",
    "ln_series_none": "未命名系列",
    # header
    "h_scope": "跟踪范围与生成信息",
    "scope_caption": "本报告所依据的归档通知（用于核对与复现）",
    "row_range": "跟踪期间",
    "row_archived": "已归档季度",
    "row_missing": "缺档季度",
    "row_threads": "跟踪条目",
    "missing_none": "无：期间内各季度均已归档。",
    "missing_note": (
        "这些季度的通知未归档（缺档）：跟踪条目在缺档季度“无从判断”，不会因此被视为中断、删除或重现。"
        "归档后重新生成报告即可补全。"
    ),
    "threads_value": "{tasks} 条跟踪任务，{items} 条跟踪事项",
    "row_audit": "核查记录",
    "audit_value": "{n} 条核查记录，涉及 {threads} 条跟踪条目",
    "audit_value_none": "尚无核查记录",
    "ln_settings_intro": (
        "判断相邻季度的事项与任务是否对应所用的阈值与权重；标 * 者不同于默认值。"
    ),
    # summary
    "sum_scope": (
        "本报告跟踪{series}自{first}至{last}共 {span} 个季度的工作要点，"
        "已归档其中 {archived} 个季度的通知。"
    ),
    "sum_missing": (
        "{missing}的通知未归档（缺档）：这些季度按“无从判断”处理，跟踪条目不会因此被视为中断或删除。"
    ),
    "sum_threads": (
        "同一项承诺在各季度通知中的延续（包括改写、调整位置、拆分与合并）称为一条“跟踪条目”。"
        "共有 {tasks} 条跟踪任务、{items} 条跟踪事项；其中 {current} 条跟踪任务在最后一季"
        "（{last}）仍然出现。"
    ),
    "sum_slipped": "{n} 条任务再次承诺已经承诺过的“完成”，共 {times} 次（疑似未按期完成）。",
    "sum_stalled": "{n} 条任务连续 3 个或以上季度停留在同一阶段（停滞），例如一直表述为“推进”。",
    "sum_vanished_unfinished": "{n} 条任务未表述为“完成”就不再出现（需核实是否已放弃或已完成）。",
    "sum_presumed_done": "{n} 条任务表述为“完成”后不再出现（推定已完成，需核实）。",
    "sum_reappeared": "{n} 条任务中断一个或以上季度后再次出现。",
    "sum_lead_changed": "{n} 条任务的牵头单位发生过变化。",
    "sum_audit": (
        "需核查的 {flagged} 条跟踪任务中，{checked} 条已有当前核查结论，{open} 条尚待核查。"
    ),
    "sum_outdated": "其中 {n} 条在最近一次核查之后又出现在通知中，原结论需重新核查。",
    "sum_verdicts": "现有核查结论：{parts}。",
    "sum_verdict_part": "{verdict} {n} 条",
    "sum_nothing_flagged": "没有需要核查的跟踪任务。",
    "h_signals": "按提示统计",
    "signals_caption": "有各提示的跟踪条目数量（一条跟踪条目可以同时有几个提示）",
    "col_signal": "提示",
    "col_task_threads": "跟踪任务",
    "col_item_threads": "跟踪事项",
    "col_meaning": "含义",
    "signal_stalled": "停滞",
    "signal_slipped": "重复承诺完成",
    "signal_vanished_unfinished": "未完成即消失",
    "signal_presumed_done": "推定已完成",
    "signal_reappeared": "中断后重现",
    "signal_lead_changed": "牵头单位变化",
    "signal_stalled_why": "连续 3 个或以上季度停留在同一个未完成的阶段。",
    "signal_slipped_why": "已承诺“完成”，之后以相同目标再次承诺“完成”。",
    "signal_vanished_unfinished_why": "最后一次出现时未表述为“完成”，此后不再出现。",
    "signal_presumed_done_why": "最后一次出现时表述为“完成”，此后不再出现。",
    "signal_reappeared_why": "中间有一个或以上已归档的季度未出现，后来又出现。",
    "signal_lead_changed_why": "前后季度的牵头单位不同。",
    # timeline
    "h_objects": "项目台账",
    "objects_intro": (
        "各季通知点名的每个项目（工程、设施、文件、活动等）一行，每个季度一格，格中字母是该季度所写的"
        "阶段；标出再次承诺、未完成即消失等需核查的项目排在前面。"
    ),
    "objects_caption": "项目 × 季度（需核查的）",
    "objects_others": "其余项目（{n} 个）",
    "objects_none": "各季通知都没有点名具体项目。",
    "col_object_thread": "项目",
    "roots_title": "项目的年度承诺与兑现情况",
    "roots_intro": (
        "各项目首次出现那一年的年度计划（或政府工作报告）中点名同一项目的承诺，"
        "以及归档的报告对它的说法（见 qdiff delivery）。依据为文字表述，需向责任单位核实。"
    ),
    "roots_col_plan": "年度承诺",
    "roots_col_outcome": "报告的说法",
    "roots_col_passage": "报告原文",
    "root_done": "已兑现",
    "root_in_progress": "推进中",
    "root_short": "未达目标",
    "root_not_reported": "未见报告",
    "h_timeline": "时间线",
    "timeline_intro": (
        "每行是一条跟踪任务，每列是一个季度。格中的字是该季度通知对这项任务所写的阶段；"
        "空白表示该季度没有出现。"
    ),
    "timeline_screen": "鼠标停在格子上可看到当季原文，点击格子或跟踪条目可打开它的完整历史。",
    "timeline_caption": "跟踪任务 × 季度（每行一条跟踪条目）",
    "legend_title": "图例",
    "legend_reworded": "右上角三角：与上一次相比表述有改写",
    "legend_slipped": "红框：再次承诺“完成”",
    "legend_gap": "斜线：该季度未归档（缺档）",
    "legend_end_unfinished": "此后不再出现，最后一次未表述完成",
    "legend_end_done": "表述完成后不再出现",
    "legend_multi": "右下角数字：该季度对应几项任务（拆分）",
    "col_thread": "跟踪条目",
    "col_age": "季度数",
    "col_signals": "提示",
    "letter_study": "研",
    "letter_start": "启",
    "letter_advance": "推",
    "letter_complete": "完",
    "letter_none": "●",
    "letter_none_why": "出现，未标明阶段",
    "end_unfinished": "✕",
    "end_done": "✓",
    "year_head": "{year}年",
    "quarter_head_1": "一",
    "quarter_head_2": "二",
    "quarter_head_3": "三",
    "quarter_head_4": "四",
    "gap_head": "（未归档）",
    "grid_sort": "排序",
    "sort_default": "按首次出现顺序",
    "sort_age": "按持续季度数（多→少）",
    "sort_signal": "按提示（需核查的在前）",
    "sort_last": "按最后出现（近→远）",
    "grid_signal": "提示",
    "signal_flagged": "任一需核查提示",
    "signal_clear": "无提示",
    "grid_agency": "牵头单位",
    "grid_count": "显示 {shown} / {total} 条跟踪任务",
    "grid_none_match": "没有符合条件的跟踪条目。",
    "grid_nojs": "排序、筛选与搜索需要浏览器允许运行脚本；现按首次出现顺序显示全部跟踪条目。",
    "grid_empty": "期间内没有任务。",
    "tip_absent": "未出现",
    "tip_gap": "未归档（缺档）",
    "tip_open": "点击查看完整历史",
    # lists
    "h_lists": "需要核查的跟踪条目",
    "lists_intro": (
        "以下各表依据各季度通知的文字表述整理，只说明“怎么写的”，不代表实际完成情况。"
        "核查结论由核查人员录入：最新一条针对的季度不早于跟踪条目最后一次出现时，为当前结论；"
        "以前的结论保留在下方。"
    ),
    "lists_screen": "点击跟踪条目编号可查看完整历史。",
    "list_slipped": "重复承诺“完成”（疑似延期）",
    "list_stalled": "停滞",
    "list_vanished_unfinished": "未表述完成即不再出现（待核实）",
    "list_presumed_done": "表述完成后不再出现（推定已完成，待核实）",
    "list_slipped_why": (
        "已承诺“完成”（或建成、竣工、出台等），之后以相同目标再次承诺。次数多的在前。"
    ),
    "list_stalled_why": "连续 3 个或以上季度停留在同一个未完成的阶段。持续时间长的在前。",
    "list_vanished_unfinished_why": (
        "最后一次出现时未表述为“完成”，此后的通知不再提及：可能已放弃、并入其他表述，或已完成但未说明。"
        "最近消失的在前。"
    ),
    "list_presumed_done_why": (
        "最后一次出现时表述为“完成”，此后不再提及：通常意味着已完成，但需核实。最近消失的在前。"
    ),
    "list_empty": "无。",
    "col_latest": "最近一次表述",
    "col_path": "阶段轨迹",
    "col_detail": "说明",
    "col_verdict": "核查结论",
    "detail_slipped": "期限过后再次承诺完成 {n} 次",
    "detail_stalled": "“{stage}”连续 {n} 个季度",
    "detail_gone": "{period}起不再出现",
    "seen_span": "{first}—{last}，{n} 个季度",
    "seen_one": "{first}，1 个季度",
    "path_run": "{stage}×{n}季",
    "path_sep": " → ",
    "path_absent": "未出现",
    "path_gap": "缺档",
    # verdicts (audit findings; their names and the words of one finding are in strings.py)
    "verdict_open": "待核查",
    "verdict_earlier": "此前",
    "verdict_current": "当前结论",
    "verdict_outdated": "最近一次结论早于跟踪条目最后一次出现的季度，需重新核查。",
    "verdicts_title": "核查记录（最新的在前）",
    # agencies
    "ln_agencies_intro": ("按跟踪条目最后一次出现时的牵头单位统计（有几个牵头单位的，分别计入）。"),
    "ln_agencies_screen": "点击表头可排序；点击单位名称，时间线只显示该单位牵头的跟踪条目。",
    "ln_agencies_caption": "各牵头单位在整个期间牵头的跟踪任务",
    "ag_threads": "牵头跟踪任务",
    "ag_slipped": "重复承诺完成",
    "ag_stalled": "停滞",
    "ag_vanished_unfinished": "未完成即消失",
    "ag_presumed_done": "推定已完成",
    "ag_checked": "已有核查结论",
    "ag_open": "待核查",
    "ln_agencies_none": "各季度通知均未写明牵头单位。",
    # histories
    "h_histories": "逐条历史",
    "histories_intro": (
        "每条跟踪条目逐季度的原文、阶段、牵头单位、目标数量和与上一次相比的变化，以及核查记录。"
        "在电子版中展开标题可见。每条跟踪条目有固定的链接地址（如 #thread-2021Q1-4-1-6），"
        "可在邮件或纪要中引用。表述中加下划线的文字是该季度新写入的（删去的文字见上一行）。"
    ),
    "histories_print": "打印件包含每条需核查条目的完整历史；其余条目只列标题，完整历史见电子版。",
    "expand_all": "全部展开",
    "collapse_all": "全部收起",
    "h_task_threads": "跟踪任务",
    "h_item_threads": "跟踪事项",
    "item_threads_intro": (
        "事项（带标题的一段工作要点）跨季度的延续，只列标题；其下各句任务见跟踪任务。"
    ),
    "col_quarter": "季度",
    "col_wording": "表述",
    "col_heading": "事项标题",
    "col_change": "与上一次相比",
    "hist_absent": "未出现",
    "hist_gap": "未归档（缺档），无从判断",
    "hist_first": "首次出现",
    "hist_returned": "中断后重现",
    "hist_still": "至最后一季（{period}）仍在。",
    "hist_gone_unfinished": "{period}起不再出现（最后一次未表述完成）。",
    "hist_gone_done": "{period}起不再出现（最后一次表述为完成）。",
    "same_lead": "同上",
    "item_of": "所属事项",
    "ln_footer": (
        "本报告由 qdiff {version} 根据已归档通知的原文自动生成；跟踪条目与提示依据文字表述判断，"
        "不代表实际完成情况，需人工核对。"
    ),
}

_EN: dict[str, str] = {
    "ln_doc_title": "{series} work priorities over time: {first} — {last}",
    "ln_report_title": "Work priorities followed over many quarters",
    "ln_range": "{first} — {last}",
    "ln_running_head": "{series} {first} — {last}: follow-through",
    "ln_range_count": "{span} quarters, {archived} archived",
    "ln_gap_badge": "{n} quarter(s) missing",
    "ln_series_none": "unnamed series",
    "h_scope": "Scope and how this report was made",
    "scope_caption": "The archived notices this report is made from (to check and reproduce)",
    "row_range": "Period",
    "row_archived": "Archived quarters",
    "row_missing": "Missing quarters",
    "row_threads": "Threads",
    "missing_none": "none: every quarter in the period is archived.",
    "missing_note": (
        "The notices of these quarters are not archived: a thread is “unknown” there, never "
        "interrupted, dropped or reappearing because of them. Archive them and make the report "
        "again to fill them in."
    ),
    "threads_value": "{tasks} task threads, {items} item threads",
    "row_audit": "Audit findings",
    "audit_value": "{n} findings on {threads} threads",
    "audit_value_none": "no findings yet",
    "ln_settings_intro": (
        "Thresholds and weights that decide which items and tasks of consecutive quarters "
        "continue each other; * marks a value other than the default."
    ),
    "sum_scope": "This report follows the work priorities of {series} from {first} to {last}, "
    "{span} quarters, of which {archived} are archived.",
    "sum_missing": (
        "The notices of {missing} are not archived: those quarters count as unknown, and no "
        "thread is taken as interrupted or dropped because of them."
    ),
    "sum_threads": (
        "A thread is one commitment followed from notice to notice (through rewording, moves, "
        "splits and merges). There are {tasks} task threads and {items} item threads; "
        "{current} task threads still appear in the last quarter ({last})."
    ),
    "sum_slipped": "{n} task(s) promised a completion again that had been promised before, "
    "{times} time(s) in all (possibly late).",
    "sum_stalled": "{n} task(s) stayed at the same stage for 3 or more quarters running "
    "(stalled), e.g. “advance” again and again.",
    "sum_vanished_unfinished": "{n} task(s) vanished without being worded as “complete” (to "
    "verify: dropped or done).",
    "sum_presumed_done": "{n} task(s) vanished after being worded as “complete” (presumably "
    "done, to verify).",
    "sum_reappeared": "{n} task(s) were gone for a quarter or more and came back.",
    "sum_lead_changed": "{n} task(s) changed their lead unit along the way.",
    "sum_audit": "Of the {flagged} task threads that need checking, {checked} have an audit "
    "finding and {open} are still open.",
    "sum_outdated": "{n} of them appeared again after their latest finding, which needs "
    "checking again.",
    "sum_verdicts": "Current findings: {parts}.",
    "sum_verdict_part": "{n} {verdict}",
    "sum_nothing_flagged": "No task thread needs checking.",
    "h_signals": "Counts by signal",
    "signals_caption": "Threads with each signal (a thread can have several)",
    "col_signal": "Signal",
    "col_task_threads": "Task threads",
    "col_item_threads": "Item threads",
    "col_meaning": "Meaning",
    "signal_stalled": "stalled",
    "signal_slipped": "slipped",
    "signal_vanished_unfinished": "vanished unfinished",
    "signal_presumed_done": "presumed done",
    "signal_reappeared": "reappeared",
    "signal_lead_changed": "lead changed",
    "signal_stalled_why": "The same stage below “complete” for 3 or more quarters running.",
    "signal_slipped_why": "Completion promised, then promised again with the same target.",
    "signal_vanished_unfinished_why": "Last seen below “complete”, then gone.",
    "signal_presumed_done_why": "Last seen at “complete”, then gone.",
    "signal_reappeared_why": "Absent from one or more archived quarters, then back.",
    "signal_lead_changed_why": "The lead unit differs from one quarter to another.",
    "h_objects": "Project ledger",
    "objects_intro": (
        "One row per project (works, facility, document, event…) the notices name, one cell per "
        "quarter holding the stage that quarter claims; projects to check (promised again, gone "
        "unfinished…) come first."
    ),
    "objects_caption": "Projects × quarters (to check)",
    "objects_others": "Other projects ({n})",
    "objects_none": "The notices name no project.",
    "col_object_thread": "Project",
    "roots_title": "Projects: the year's promise and what was reported",
    "roots_intro": (
        "The commitment of the year's plan (or work report) that names the same project, in the "
        "year it first appears, and what the archived reports say of it (see qdiff delivery). "
        "Read from what the documents say: check with the units."
    ),
    "roots_col_plan": "The year's promise",
    "roots_col_outcome": "Reported",
    "roots_col_passage": "The report's words",
    "root_done": "done",
    "root_in_progress": "in progress",
    "root_short": "short of target",
    "root_not_reported": "not reported",
    "h_timeline": "Timeline",
    "timeline_intro": (
        "Each row is a task thread, each column a quarter. The letter in a cell is the stage "
        "that quarter's notice claims; an empty cell means the task did not appear."
    ),
    "timeline_screen": "Hover over a cell for its wording; click a cell or a thread for its "
    "full history.",
    "timeline_caption": "Task threads × quarters (one row per thread)",
    "legend_title": "Key",
    "legend_reworded": "corner triangle: reworded since the last time",
    "legend_slipped": "red frame: completion promised again",
    "legend_gap": "hatched: quarter not archived",
    "legend_end_unfinished": "gone after this, last seen below “complete”",
    "legend_end_done": "gone after being worded as “complete”",
    "legend_multi": "small number: several tasks that quarter (split)",
    "col_thread": "Thread",
    "col_age": "Age",
    "col_signals": "Signals",
    "letter_study": "P",
    "letter_start": "S",
    "letter_advance": "A",
    "letter_complete": "C",
    "letter_none": "●",
    "letter_none_why": "present, no stage named",
    "end_unfinished": "✕",
    "end_done": "✓",
    "year_head": "{year}",
    "quarter_head_1": "Q1",
    "quarter_head_2": "Q2",
    "quarter_head_3": "Q3",
    "quarter_head_4": "Q4",
    "gap_head": " (not archived)",
    "grid_sort": "Order",
    "sort_default": "first appearance",
    "sort_age": "age (oldest first)",
    "sort_signal": "signals (to check first)",
    "sort_last": "last seen (latest first)",
    "grid_signal": "Signal",
    "signal_flagged": "any signal to check",
    "signal_clear": "no signal",
    "grid_agency": "Lead unit",
    "grid_count": "Showing {shown} of {total} task threads",
    "grid_none_match": "No thread matches.",
    "grid_nojs": "Ordering, filters and search need scripts enabled in the browser; every "
    "thread is shown in order of first appearance.",
    "grid_empty": "No tasks in the period.",
    "tip_absent": "not present",
    "tip_gap": "not archived",
    "tip_open": "click for the full history",
    "h_lists": "Threads to check",
    "lists_intro": (
        "These tables say how the notices word their promises, not what was actually done. "
        "Audit findings are entered by the auditors; the latest is the current finding when it "
        "was made on the thread's last appearance or later; earlier ones are kept below it."
    ),
    "lists_screen": "Click a thread for its full history.",
    "list_slipped": "Completion promised again (possibly late)",
    "list_stalled": "Stalled",
    "list_vanished_unfinished": "Vanished without reaching “complete” (to verify)",
    "list_presumed_done": "Vanished after “complete” (presumably done, to verify)",
    "list_slipped_why": "Completion (完成, 建成, 竣工, 出台…) was promised and then promised "
    "again with the same target. Most repeats first.",
    "list_stalled_why": "The same stage below “complete” for 3 or more quarters running. "
    "Longest first.",
    "list_vanished_unfinished_why": (
        "Last seen below “complete” and not mentioned since: dropped, folded into other "
        "wording, or done without saying. Most recent first."
    ),
    "list_presumed_done_why": "Last seen at “complete” and not mentioned since: usually done, "
    "to verify. Most recent first.",
    "list_empty": "None.",
    "col_latest": "Latest wording",
    "col_path": "Stages",
    "col_detail": "Detail",
    "col_verdict": "Audit finding",
    "detail_slipped": "promised again after its deadline {n} time(s)",
    "detail_stalled": "“{stage}” {n} quarters running",
    "detail_gone": "gone from {period}",
    "seen_span": "{first}–{last}, {n} quarters",
    "seen_one": "{first}, 1 quarter",
    "path_run": "{stage} ×{n} quarters",
    "path_sep": " → ",
    "path_absent": "absent",
    "path_gap": "not archived",
    "verdict_open": "to check",
    "verdict_earlier": "Earlier",
    "verdict_current": "current finding",
    "verdict_outdated": "The latest finding was made before the thread's last appearance: check "
    "again.",
    "verdicts_title": "Audit findings (latest first)",
    "ln_agencies_intro": (
        "Counted for the lead units of each thread's last appearance (a thread with several "
        "counts for each)."
    ),
    "ln_agencies_screen": "Click a column header to sort; click a unit to see only its threads "
    "in the timeline.",
    "ln_agencies_caption": "Task threads each lead unit led over the whole period",
    "ag_threads": "Task threads led",
    "ag_slipped": "Completion promised again",
    "ag_stalled": "Stalled",
    "ag_vanished_unfinished": "Vanished unfinished",
    "ag_presumed_done": "Presumed done",
    "ag_checked": "With a finding",
    "ag_open": "To check",
    "ln_agencies_none": "No notice names a lead unit.",
    "h_histories": "Every thread's history",
    "histories_intro": (
        "Each thread quarter by quarter: wording, stage, lead unit, targets and what changed "
        "since the last time, and its audit findings. Click a title to open it. Every thread "
        "has a fixed link (e.g. #thread-2021Q1-4-1-6) to quote in an email or minutes. "
        "Underlined words are new that quarter (what it took out is in the row above)."
    ),
    "histories_print": "This printout holds the full history of every thread that needs "
    "checking; the others are listed by title, and the electronic copy has them all.",
    "expand_all": "Open all",
    "collapse_all": "Close all",
    "h_task_threads": "Task threads",
    "h_item_threads": "Item threads",
    "item_threads_intro": "Items (a titled paragraph of the notice) followed over the quarters, "
    "by heading only; their sentences are the task threads.",
    "col_quarter": "Quarter",
    "col_wording": "Wording",
    "col_heading": "Item heading",
    "col_change": "Since the last time",
    "hist_absent": "not present",
    "hist_gap": "not archived: unknown",
    "hist_first": "first seen",
    "hist_returned": "back after a gap",
    "hist_still": "Still present in the last quarter ({period}).",
    "hist_gone_unfinished": "Gone from {period}; last seen below “complete”.",
    "hist_gone_done": "Gone from {period}; last seen at “complete”.",
    "same_lead": "same",
    "item_of": "Item",
    "ln_footer": (
        "Made by qdiff {version} from the published text of the archived notices; threads and "
        "signals follow the wording, not what was done. Check them by reading."
    ),
}

LINEAGE_STRINGS: dict[Language, dict[str, str]] = {"zh": _ZH, "en": _EN}
