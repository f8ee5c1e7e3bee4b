"""Every word qdiff prints for people on a terminal, once per language.

The readers are oversight staff (人大、政协 offices, the supervision office, auditors), most of
whom read Chinese and none of whom should need to know qdiff's JSON names. So the Chinese is
the wording a supervision office reads right: a commitment followed over quarters is a 承诺,
never a 线索 (which reads as a misconduct tip-off, 问题线索); what needs checking is 需核查,
never 信号; no English abbreviations. The English is for colleagues who do not read Chinese,
in words, not identifiers (`gone before completion`, not `vanished_unfinished`).

The JSON values (`Status`, `Facet`, `Signal`, …) never change with the language: only these
words do. A test checks that every value of every vocabulary enum has a word in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from qdiff.align.model import Facet, Status
from qdiff.commitments.model import CommitmentFacet, CommitmentStatus
from qdiff.lineage.model import FindingKind, Signal
from qdiff.notice import Stage, WarningCode
from qdiff.refs import RefKind

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")


def language_from_locale(environ: Mapping[str, str]) -> Language:
    """The reader's language as the locale names it: the first of LC_ALL, LC_MESSAGES and LANG
    that is set (as POSIX reads them for messages); zh_CN, zh_TW, zh_HK… are Chinese, anything
    else (C, POSIX, en_US, unset) English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


@dataclass(frozen=True)
class Words:
    """The words of one language. Phrases with {names} are filled with str.format."""

    lang: Language
    status: Mapping[Status, str]  # items and tasks
    status_head: Mapping[Status, str]  # a column head of the by-section table: short words
    facet: Mapping[Facet, str]
    stage: Mapping[Stage, str]
    no_stage: str
    object_status: Mapping[CommitmentStatus, str]
    object_facet: Mapping[CommitmentFacet, str]
    signal: Mapping[Signal, str]
    slipped_times: str  # {n}: a completion promised again n times
    finding: Mapping[FindingKind, str]
    warning: Mapping[WarningCode, str]
    ref_kind: Mapping[RefKind, str]
    # joining
    list_sep: str  # between the parts of a list of words
    units_sep: str  # between agency names
    signal_sep: str  # between the words of what a thread needs checked for
    clause_sep: str  # between the values of one change
    paren: str  # {text} {note}: a note in brackets after a text
    count_item: str  # {n} items
    count_task: str
    count_object: str
    # qdiff compare
    side_old: str  # {side}
    side_new: str
    truncated_old: str
    truncated_new: str
    counts_items: str  # {parts}
    counts_tasks: str
    counts_objects: str
    status_count: str  # {status} {n}
    section_head: str
    section_untitled: str
    section_old: str  # {name}: a dropped item counted under the section it left
    worth_reading: str
    worth_more: str  # {n}
    worth_nothing_changed: str
    worth_nothing_stands_out: str
    why_slipped: str  # one line under each entry worth reading first
    why_regressed: str
    why_dropped_unfinished: str  # {stage}
    why_dropped_no_stage: str
    why_target_cut: str
    why_item_dropped: str
    why_item_new: str
    why_target_changed: str
    why_uncovered: str
    tasks_dropped: str  # {n}
    tasks_new: str
    tasks_uncovered: str
    items_changed: str
    tasks_changed: str
    changed_legend: str
    moved_to: str  # {section}
    heading: str  # {diff}
    value_stage: str  # {old} {new}
    value_quantity: str  # {old} {new}
    value_lead: str  # {old} {new}
    value_lead_gone: str  # {units}: lead units that left a list that stays
    value_lead_came: str  # {units}
    value_lead_now: str  # {units}
    value_slipped: str
    value_units_changed: str
    was: str  # {text}: the older wording, when the sentence was rewritten
    now: str
    no_lead: str
    objects_counts: str  # {parts}
    objects_slipped: str  # {n}
    objects_vanished: str
    objects_regressed: str
    objects_done: str
    objects_new: str
    objects_changed: str
    objects_renewed: str
    objects_more: str  # {n}
    object_again: str  # {stage}
    object_was: str  # {stage}
    object_deadline: str  # {deadline}
    # qdiff trace
    thread_head: str  # {key} {kind} {age} {signals}
    thread_object: str  # {name}
    no_signals: str
    gap: str
    absent: str
    lead: str  # {units}
    finding_line: str  # {period} {finding} {by} {at}
    finding_evidence: str  # {evidence}
    finding_note: str  # {note}
    trace_many: str  # {n} {wanted} {shown}
    trace_narrower: str
    # qdiff audit list
    audit_head_thread: str
    audit_head_signals: str
    audit_head_finding: str
    audit_head_last: str
    audit_head_text: str
    audit_open: str
    audit_was: str  # {finding}: the latest finding, no longer current
    audit_current: str  # {finding} {period}
    audit_total: str  # {n}
    audit_total_open: str  # {n}
    audit_order: str
    # qdiff report (text)
    report_scope: str  # {series} {first} {last} {n} {missing}
    report_missing: str  # {periods}
    report_threads: str  # {n}
    report_signal: str  # {signal} {n} {checked}: padded by the caller
    report_more: str
    # qdiff parse, show, list, log
    no_title: str
    outline_file: str
    outline_issuer: str
    outline_period: str
    outline_doc_number: str
    outline_signed: str
    outline_published: str
    outline_counts: str  # {sections} {items} {tasks}
    outline_truncated: str
    untitled_section: str
    item_tasks: str  # {n} {s}: "s" when n is not 1
    outline_lead: str  # {units}
    warnings_head: str  # {n}
    warning_line: str  # {line}
    list_archive: str  # {location}
    list_empty: str
    list_period: str  # the column heads of `qdiff list`
    list_versions: str
    list_items: str
    list_tasks: str
    list_warnings: str
    list_archived: str
    list_by: str  # {when} {by}
    truncated_flag: str
    log_by: str  # {when} {by}
    log_counts: str  # {items} {warnings}
    log_stdin: str
    # what archive, demo and audit mark did
    archived: str  # {file} {version} {counts}
    archived_counts: str  # {items} {tasks} {warnings}
    archived_truncated: str
    archived_copy: str  # {file} {version}
    archived_known_source: str  # {file} {version}
    archived_unchanged: str  # {file} {version}
    archived_withdrawn: str  # {name}
    archived_summary: str  # {added} {also} {already} {failures}
    archived_copies: str  # {copies}
    archive_writing: str  # {count}
    demo_intro: str  # {by} {location}
    demo_explore: str  # {location} {commands}
    finding_recorded: str  # {finding} {thread} {period} {ref}


ZH = Words(
    lang="zh",
    status={
        Status.CARRIED_OVER: "延续", Status.REWORDED: "改写", Status.SPLIT: "拆分",
        Status.MERGED: "合并", Status.NEW: "新增", Status.DROPPED: "未再列入",
        Status.UNCOVERED: "无法比较",
    },
    status_head={
        Status.CARRIED_OVER: "延续", Status.REWORDED: "改写", Status.SPLIT: "拆分",
        Status.MERGED: "合并", Status.NEW: "新增", Status.DROPPED: "未再列入",
        Status.UNCOVERED: "无法比较",
    },
    facet={
        Facet.MOVED: "调整位置", Facet.HEADING_CHANGED: "标题改动",
        Facet.STAGE_CHANGED: "阶段变化", Facet.QUANTITY_CHANGED: "目标数量变化",
        Facet.LEAD_UNIT_CHANGED: "牵头单位变化", Facet.UNITS_CHANGED: "责任单位增减",
        Facet.NEW_ROUND: "新一年度",
        Facet.SLIPPED: "再次承诺完成",
    },
    stage={
        Stage.STUDY: "研究谋划", Stage.START: "启动", Stage.ADVANCE: "推进",
        Stage.COMPLETE: "完成",
    },
    no_stage="未标明阶段",
    object_status={
        CommitmentStatus.CONTINUED: "延续", CommitmentStatus.NEW: "新提出",
        CommitmentStatus.DROPPED: "不再出现", CommitmentStatus.UNCOVERED: "无法比较",
    },
    object_facet={
        CommitmentFacet.SLIPPED: "再次承诺", CommitmentFacet.STAGE_CHANGED: "阶段变化",
        CommitmentFacet.REGRESSED: "阶段后退", CommitmentFacet.QUANTITY_CHANGED: "数量变化",
        CommitmentFacet.LEAD_UNIT_CHANGED: "牵头单位变化",
        CommitmentFacet.DEADLINE_CHANGED: "期限变化", CommitmentFacet.NEW_ROUND: "新一年度",
    },
    signal={
        Signal.STALLED: "停滞", Signal.SLIPPED: "重复承诺完成",
        Signal.VANISHED_UNFINISHED: "未完成即不再出现", Signal.PRESUMED_DONE: "推定已完成",
        Signal.REAPPEARED: "中断后重现", Signal.LEAD_CHANGED: "牵头单位变化",
    },
    slipped_times="重复承诺完成{n}次",
    finding={
        FindingKind.DONE: "已完成", FindingKind.PARTLY: "部分完成",
        FindingKind.NOT_DONE: "未完成", FindingKind.IN_PROGRESS: "正在推进",
        FindingKind.CANNOT_VERIFY: "无法核实",
    },
    warning={
        WarningCode.ENCODING_GUESSED: "编码系推断", WarningCode.DECODE_REPLACED: "有无法解码的字节",
        WarningCode.HTML_EXTRACTED: "从网页中取出正文",
        WarningCode.JUNK_BEFORE_TITLE: "标题前有无关文字", WarningCode.TITLE_MISSING: "缺少标题",
        WarningCode.PERIOD_MISSING: "未写明期间", WarningCode.PERIOD_CONFLICT: "期间前后不一",
        WarningCode.PERIOD_OVERRIDDEN: "归档时改定期间",
        WarningCode.KIND_OVERRIDDEN: "归档时改定类型",
        WarningCode.DOC_NUMBER_REPAIRED: "文号已修复", WarningCode.DOC_NUMBER_DAMAGED: "文号残缺",
        WarningCode.DATE_REPAIRED: "日期已修复", WarningCode.DATE_AMBIGUOUS: "日期有歧义",
        WarningCode.DAMAGED_RANGE: "年份区间缺连接号",
        WarningCode.DECIMAL_DAMAGED: "小数点变成句号",
        WarningCode.TRADITIONAL_CHARACTERS: "夹有繁体字",
        WarningCode.CLAUSE_UNCLOSED: "责任单位括号未闭合",
        WarningCode.CLAUSE_MISSING: "缺少责任单位", WarningCode.NUMBERING_GAP: "编号跳号",
        WarningCode.NUMBERING_REPEAT: "编号重复", WarningCode.UNPLACED_TEXT: "有未归入事项的文字",
        WarningCode.TRUNCATED: "原文截断", WarningCode.BIDI_CONTROL: "含改变显示顺序的控制字符",
    },
    ref_kind={RefKind.TASK: "任务", RefKind.ITEM: "事项", RefKind.OBJECT: "项目"},
    list_sep="，",
    units_sep="、",
    signal_sep="、",
    clause_sep="；",
    paren="{text}（{note}）",
    count_item="{n} 项",
    count_task="{n} 项",
    count_object="{n} 个",
    side_old="原：{side}",
    side_new="新：{side}",
    truncated_old="注意：原通知的文本不完整；截断处之后的事项标为“无法比较”，不算新增或未再列入。",
    truncated_new="注意：新通知的文本不完整；截断处之后的事项标为“无法比较”，不算未再列入。",
    counts_items="事项：{parts}",
    counts_tasks="任务：{parts}",
    counts_objects="点名的项目：{parts}",
    status_count="{status} {n}",
    section_head="部分",
    section_untitled="（全部事项）",
    section_old="{name}（原）",
    worth_reading="先看这些（按需核查的程度排列）",
    worth_more="另有 {n} 条，见下面各清单，或用 --html 生成完整报告",
    worth_nothing_changed="没有改动：每一项事项和任务都原样延续。",
    worth_nothing_stands_out=(
        "没有需要先看的：没有再次承诺完成，没有阶段后退，目标数量和牵头单位没有变化；"
        "改动的句子见下。"
    ),
    why_slipped="原通知已承诺“完成”，新通知再次承诺“完成”",
    why_regressed="阶段后退：{old} → {new}",
    why_dropped_unfinished="未再列入，原通知表述为“{stage}”，从未表述为“完成”",
    why_dropped_no_stage="未再列入，从未表述为“完成”",
    why_target_cut="目标数量减少：{old} → {new}",
    why_item_dropped="整项未再列入（{n} 项任务）",
    why_item_new="新增事项（{n} 项任务）",
    why_target_changed="目标数量：{old} → {new}",
    why_uncovered="位于截断处之后，无法比较",
    tasks_dropped="未再列入的任务（{n} 项）",
    tasks_new="新增的任务（{n} 项）",
    tasks_uncovered="无法比较的任务（{n} 项，位于截断处之后）",
    items_changed="有改动的事项（{n} 项）",
    tasks_changed="改写的任务（{n} 项）",
    changed_legend="[-…-] 为删去的文字，{+…+} 为新加的文字",
    moved_to="调整到：{section}",
    heading="标题：{diff}",
    value_stage="阶段 {old}→{new}",
    value_quantity="数量 {old}→{new}",
    value_lead="牵头单位 {old}→{new}",
    value_lead_gone="牵头单位去掉{units}",
    value_lead_came="牵头单位增加{units}",
    value_lead_now="牵头：{units}",
    value_slipped="再次承诺完成",
    value_units_changed="责任单位有增减",
    was="原：{text}",
    now="新：{text}",
    no_lead="未写明牵头单位",
    objects_counts="点名的项目：{parts}",
    objects_slipped="再次承诺的项目（疑似延期，{n} 个）",
    objects_vanished="未完成即不再出现的项目（待核实，{n} 个）",
    objects_regressed="阶段后退的项目（{n} 个）",
    objects_done="表述完成后不再出现的项目（推定已完成，{n} 个）",
    objects_new="新提出的项目（{n} 个）",
    objects_changed="数量或期限有变化的项目（{n} 个）",
    objects_renewed="跨年度接续的项目（新一年度的目标，上一年度完成情况需另行核对；{n} 个）",
    objects_more="……另有 {n} 个（--format json 或 --html 列出全部）",
    object_again="再次承诺{stage}",
    object_was="原为{stage}",
    object_deadline="期限 {deadline}",
    thread_head="承诺 {key}（{kind}），共 {age} 个季度：{signals}",
    thread_object="项目“{name}”",
    no_signals="无需核查的情况",
    gap="（缺档：该季度未归档）",
    absent="未出现",
    lead="牵头：{units}",
    finding_line="核查 {period}：{finding}，{by}，{at}",
    finding_evidence="；依据：{evidence}",
    finding_note="；备注：{note}",
    trace_many="有 {n} 项承诺提到“{wanted}”；前 {shown} 项：",
    trace_narrower="请用更长的词语，或用 2021Q1:4.1.6 这样的编号查看一项承诺的历史",
    audit_head_thread="承诺",
    audit_head_signals="需核查的情况",
    audit_head_finding="核查结论",
    audit_head_last="最后出现",
    audit_head_text="最后的表述",
    audit_open="待核查",
    audit_was="待核查；曾为{finding}",
    audit_current="{finding}（{period}）",
    audit_total="共 {n} 项承诺",
    audit_total_open="共 {n} 项承诺没有当前核查结论",
    audit_order="排序：重复承诺完成、未完成即不再出现的在前，然后是停滞，最后是推定已完成；同类中待核查的在前",
    report_scope="{series}：{first}–{last}，已归档 {n} 个季度{missing}",
    report_missing="；缺档：{periods}",
    report_threads="跟踪的任务承诺 {n} 项",
    report_signal="{signal} {n} 项，已有核查记录 {checked} 项",
    report_more="详见：qdiff report --html FILE，或 qdiff audit list --open",
    no_title="（无标题）",
    outline_file="文件",
    outline_issuer="发文机关",
    outline_period="期间",
    outline_doc_number="文号",
    outline_signed="签发日期",
    outline_published="发布日期",
    outline_counts="{sections} 个部分，{items} 项事项，{tasks} 项任务",
    outline_truncated="（原文截断：文本在事项中途结束）",
    untitled_section="（未分部分）",
    item_tasks="{n} 项任务",
    outline_lead="牵头：{units}",
    warnings_head="读取提示（{n} 条）",
    warning_line="第 {line} 行",
    list_archive="归档库：{location}",
    list_empty="（空：用 `qdiff archive FILE` 归档通知）",
    list_period="期间",
    list_versions="版本数",
    list_items="事项",
    list_tasks="任务",
    list_warnings="提示",
    list_archived="归档时间（最新版本）",
    list_by="{when} 由 {by} 归档",
    truncated_flag="原文截断",
    log_by="{when} 由 {by} 归档",
    log_counts="{items} 项事项，{warnings} 条提示",
    log_stdin="（标准输入）",
    archived="已存档 {file}：{version}（{counts}）",
    archived_counts="{items} 项事项，{tasks} 项任务，{warnings} 条提示",
    archived_truncated="，不完整（被截断）",
    archived_copy="{file} 与 {version} 文字相同（记为它的另一来源）",
    archived_known_source="{file} 未变，已是 {version} 的来源；未写入",
    archived_unchanged="{file} 未变，已是 {version}；未写入",
    archived_withdrawn="（{name} 已撤回；`qdiff restore` 可恢复）",
    archived_summary="存档 {added} 个{also}，{already} 个此前已存档，{failures} 个失败",
    archived_copies="，{copies} 个记为另一来源",
    archive_writing="正在一次事务中写入 {count} 份通知",
    demo_intro=(
        "qdiff demo：上海市杨浦区人民政府2021年第一季度的真实通知，和其后四个为测试编写的季度"
        "（虚构，从未发布），由“{by}”存入 {location}"
    ),
    demo_explore=(
        "\n演示档案库在 {location}，其中2021Q2—2022Q1为测试编写。可以继续试：\n{commands}"
        "你自己的档案库没有被改动；用完删除该文件夹即可。"
    ),
    finding_recorded="已记录核查结论“{finding}”：跟踪条目 {thread}，{period}（{ref}）",
)  # fmt: skip


EN = Words(
    lang="en",
    status={
        Status.CARRIED_OVER: "carried over", Status.REWORDED: "reworded", Status.SPLIT: "split",
        Status.MERGED: "merged", Status.NEW: "new", Status.DROPPED: "dropped",
        Status.UNCOVERED: "cannot compare",
    },
    status_head={
        Status.CARRIED_OVER: "same", Status.REWORDED: "reworded", Status.SPLIT: "split",
        Status.MERGED: "merged", Status.NEW: "new", Status.DROPPED: "dropped",
        Status.UNCOVERED: "cut off",
    },
    facet={
        Facet.MOVED: "moved", Facet.HEADING_CHANGED: "heading changed",
        Facet.STAGE_CHANGED: "stage changed", Facet.QUANTITY_CHANGED: "target changed",
        Facet.LEAD_UNIT_CHANGED: "lead unit changed", Facet.UNITS_CHANGED: "units changed",
        Facet.NEW_ROUND: "new year's round",
        Facet.SLIPPED: "completion promised again",
    },
    stage={
        Stage.STUDY: "study", Stage.START: "start", Stage.ADVANCE: "advance",
        Stage.COMPLETE: "complete",
    },
    no_stage="no stage",
    object_status={
        CommitmentStatus.CONTINUED: "continued", CommitmentStatus.NEW: "new",
        CommitmentStatus.DROPPED: "gone", CommitmentStatus.UNCOVERED: "cannot compare",
    },
    object_facet={
        CommitmentFacet.SLIPPED: "promised again", CommitmentFacet.STAGE_CHANGED: "stage changed",
        CommitmentFacet.REGRESSED: "went down", CommitmentFacet.QUANTITY_CHANGED: "figure changed",
        CommitmentFacet.LEAD_UNIT_CHANGED: "lead unit changed",
        CommitmentFacet.DEADLINE_CHANGED: "deadline changed",
        CommitmentFacet.NEW_ROUND: "new year's round",
    },
    signal={
        Signal.STALLED: "stalled", Signal.SLIPPED: "slipped",
        Signal.VANISHED_UNFINISHED: "gone unfinished",
        Signal.PRESUMED_DONE: "presumed done", Signal.REAPPEARED: "reappeared",
        Signal.LEAD_CHANGED: "lead unit changed",
    },
    slipped_times="slipped ×{n}",
    finding={
        FindingKind.DONE: "done", FindingKind.PARTLY: "partly done",
        FindingKind.NOT_DONE: "not done", FindingKind.IN_PROGRESS: "in progress",
        FindingKind.CANNOT_VERIFY: "cannot verify",
    },
    warning={code: code.value for code in WarningCode},  # the codes the README documents
    ref_kind={RefKind.TASK: "task", RefKind.ITEM: "item", RefKind.OBJECT: "object"},
    list_sep=", ",
    units_sep="、",
    signal_sep=", ",
    clause_sep="; ",
    paren="{text} ({note})",
    count_item="{n}",
    count_task="{n}",
    count_object="{n}",
    side_old="from {side}",
    side_new="  to {side}",
    truncated_old=(
        "NOTE: the from notice is truncated; items past its cut cannot be compared, and are "
        "neither new nor dropped."
    ),
    truncated_new=(
        "NOTE: the to notice is truncated; items past its cut cannot be compared, and are not "
        "dropped."
    ),
    counts_items="items: {parts}",
    counts_tasks="tasks: {parts}",
    counts_objects="named objects: {parts}",
    status_count="{n} {status}",
    section_head="section",
    section_untitled="(items)",
    section_old="{name} (old)",
    worth_reading="Worth reading first (most in need of checking first)",
    worth_more="{n} more: see the lists below, or --html FILE for the full report",
    worth_nothing_changed="Nothing changed: every item and task was carried over as it was.",
    worth_nothing_stands_out=(
        "Nothing stands out: no completion promised again, no stage went down, no target or "
        "lead unit changed; the changed wording is below."
    ),
    why_slipped="complete in the from notice, promised complete again",
    why_regressed="went down: {old} → {new}",
    why_dropped_unfinished="dropped at {stage}, never said to be complete",
    why_dropped_no_stage="dropped, never said to be complete",
    why_target_cut="target cut: {old} → {new}",
    why_item_dropped="the whole item was dropped ({n} tasks)",
    why_item_new="a new item ({n} tasks)",
    why_target_changed="target: {old} → {new}",
    why_uncovered="past the cut of a truncated notice: cannot compare",
    tasks_dropped="Dropped tasks ({n})",
    tasks_new="New tasks ({n})",
    tasks_uncovered="Tasks past the cut ({n}, cannot compare)",
    items_changed="Changed items ({n})",
    tasks_changed="Changed tasks ({n})",
    changed_legend="[-…-] was taken out, {+…+} was put in",
    moved_to="moved to: {section}",
    heading="heading: {diff}",
    value_stage="stage {old}→{new}",
    value_quantity="target {old}→{new}",
    value_lead="lead unit {old}→{new}",
    value_lead_gone="lead units without {units}",
    value_lead_came="lead units now with {units}",
    value_lead_now="lead: {units}",
    value_slipped="completion promised again",
    value_units_changed="units changed",
    was="was: {text}",
    now="now: {text}",
    no_lead="no lead unit",
    objects_counts="named objects: {parts}",
    objects_slipped="Objects promised again ({n})",
    objects_vanished="Objects gone before completion (to check, {n})",
    objects_regressed="Objects that went down the ladder ({n})",
    objects_done="Objects gone after completion (presumed done, {n})",
    objects_new="New objects ({n})",
    objects_changed="Objects whose figure or deadline changed ({n})",
    objects_renewed=(
        "Programmes set again for the new year (the old year's outcome is for its own reports; "
        "{n})"
    ),
    objects_more="… and {n} more (--format json or --html lists them all)",
    object_again="{stage} again",
    object_was="was {stage}",
    object_deadline="by {deadline}",
    thread_head="thread {key} ({kind}), {age} quarter(s): {signals}",
    thread_object="object {name}",
    no_signals="nothing to check",
    gap="(gap: this quarter is not archived)",
    absent="absent",
    lead="lead: {units}",
    finding_line="finding {period}: {finding} by {by} at {at}",
    finding_evidence="; evidence: {evidence}",
    finding_note="; note: {note}",
    trace_many="{n} threads mention '{wanted}'; the first {shown}:",
    trace_narrower="give a longer phrase or a ref like 2021Q1:4.1.6 to see one history",
    audit_head_thread="thread",
    audit_head_signals="to check",
    audit_head_finding="finding",
    audit_head_last="latest",
    audit_head_text="last wording",
    audit_open="open",
    audit_was="open; was {finding}",
    audit_current="{finding} ({period})",
    audit_total="{n} thread(s)",
    audit_total_open="{n} thread(s) without a current finding",
    audit_order=(
        "order: slipped (promised complete again) and gone unfinished (gone before it was said "
        "to be complete) first, then stalled, then presumed done; open ones first within each"
    ),
    report_scope="{series}: {first}–{last}, {n} quarters archived{missing}",
    report_missing="; not archived: {periods}",
    report_threads="{n} task threads",
    report_signal="{signal} {n}   with findings: {checked}",
    report_more="details: qdiff report --html FILE, or qdiff audit list --open",
    no_title="(no title)",
    outline_file="file",
    outline_issuer="issuer",
    outline_period="period",
    outline_doc_number="doc number",
    outline_signed="signed",
    outline_published="published",
    outline_counts="{sections} sections, {items} items, {tasks} tasks",
    outline_truncated="(TRUNCATED: the text stops mid-item)",
    untitled_section="(untitled section)",
    item_tasks="{n} task{s}",
    outline_lead="lead: {units}",
    warnings_head="warnings ({n})",
    warning_line="line {line}",
    list_archive="archive: {location}",
    list_empty="(empty: archive a notice with `qdiff archive FILE`)",
    list_period="period",
    list_versions="versions",
    list_items="items",
    list_tasks="tasks",
    list_warnings="warnings",
    list_archived="archived (latest version)",
    list_by="{when} by {by}",
    truncated_flag="TRUNCATED",
    log_by="{when} by {by}",
    log_counts="{items} items, {warnings} warnings",
    log_stdin="(stdin)",
    archived="archived {file} as {version} ({counts})",
    archived_counts="{items} items, {tasks} tasks, {warnings} warnings",
    archived_truncated=", TRUNCATED",
    archived_copy="{file} is the same text as {version} (recorded as another source)",
    archived_known_source="unchanged {file} is already a source of {version}; nothing written",
    archived_unchanged="unchanged {file} is already {version}; nothing written",
    archived_withdrawn=" ({name} is withdrawn; `qdiff restore` brings it back)",
    archived_summary="{added} archived{also}, {already} already archived, {failures} failed",
    archived_copies=", {copies} recorded as other sources",
    archive_writing="writing {count} notice(s) in one transaction",
    demo_intro=(
        "qdiff demo: the real 2021Q1 notice of 上海市杨浦区人民政府 and four follow-on quarters "
        "written for testing (made up, never published), archived by '{by}' into {location}"
    ),
    demo_explore=(
        "\nThe demo archive is {location}; 2021Q2–2022Q1 in it were written for testing. "
        "Explore it:\n{commands}"
        "Your own archive was not touched; delete the folder when you are done."
    ),
    finding_recorded="recorded {finding} for thread {thread} at {period} ({ref})",
)  # fmt: skip

_WORDS: dict[Language, Words] = {"zh": ZH, "en": EN}


def words(lang: Language) -> Words:
    return _WORDS[lang]
