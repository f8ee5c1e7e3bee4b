"""The terminal in the reader's language (issue 13, part 4): `--lang zh|en` on every command that
prints text for people, defaulting from the locale; compare's text lists what came, went and
changed with its values and always shows a changed sentence, marked in plain text; `audit list`
has a header, an order and filters, at most 100 columns; the CSV export opens in Excel.

Run as people run it: CliRunner on real files and a real SQLite archive, and a real process
for the locale."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from qdiff.align.model import Facet, Status
from qdiff.cli import cli
from qdiff.commitments.model import CommitmentFacet, CommitmentStatus
from qdiff.lineage.model import FindingKind, Signal
from qdiff.notice import Stage, WarningCode
from qdiff.output.redline import redline
from qdiff.output.words import EN, LANGUAGES, ZH, language_from_locale, words
from qdiff.refs import RefKind
from tests.conftest import FIXTURES, SEED, run_cli

Q2 = FIXTURES / "quarters" / "yangpu_2021Q2.txt"
QUARTERS = [SEED, *sorted((FIXTURES / "quarters").glob("*.txt"))]
LIFT = "2021Q1:4.1.6"


def _variant(path: Path, edits: list[tuple[str, str]]) -> Path:
    text = (
        SEED.read_text(encoding="utf-8")
        if path.name.startswith("seed")
        else Q2.read_text(encoding="utf-8")
    )
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_word(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2021Q2 with one word of one sentence changed (加强 → 强化): what a corrected reissue,
    2021Q2@2, looks like."""
    return _variant(
        tmp_path_factory.mktemp("one") / "q2_one_word.txt",
        [("加强进口冷链食品", "强化进口冷链食品")],
    )


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2021Q1 with a target raised, a stage raised, a task dropped, a task added and a lead
    unit changed."""
    return _variant(
        tmp_path_factory.mktemp("edited") / "seed_edited.txt",
        [
            ("完成10台电梯加装", "完成20台电梯加装"),
            ("推动126街坊、1011街坊等重点基地收尾。", "完成126街坊、1011街坊等重点基地收尾。"),
            ("优化完善征收补偿方案。", ""),
            ("(责任单位:区财政局)", "(责任单位:区审计局)"),
            (
                "启动本年度财政监督、绩效评价。",
                "启动本年度财政监督、绩效评价。开展财政资金专项检查。",
            ),
        ],
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The five fixture quarters archived, with one finding on the lift thread."""
    url = f"sqlite:///{tmp_path_factory.mktemp('archive') / 'archive.sqlite3'}"
    assert run_cli(url, "archive", *map(str, QUARTERS)).exit_code == 0
    marked = run_cli(
        url, "audit", "mark", "2021Q4:3.2.1", "--finding", "not_done", "--by", "审计员甲",
        "--note", "30台未完成",
    )  # fmt: skip
    assert marked.exit_code == 0, marked.output
    return url


def _widest(text: str) -> int:
    return max(cell_len(line) for line in text.splitlines())


# The vocabulary ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_has_a_word_in_each_language(lang: str) -> None:
    w = words(lang)  # type: ignore[arg-type]
    for vocabulary, enum in (
        (w.status, Status), (w.status_head, Status), (w.facet, Facet), (w.stage, Stage),
        (w.object_status, CommitmentStatus), (w.object_facet, CommitmentFacet),
        (w.signal, Signal), (w.finding, FindingKind), (w.warning, WarningCode),
        (w.ref_kind, RefKind),
    ):  # fmt: skip
        assert set(vocabulary) == set(enum), f"{lang}: {enum.__name__}"
        assert all(word.strip() for word in vocabulary.values())


def test_the_words_are_words_not_codes() -> None:
    """Chinese a supervision office reads right (no 线索, no 信号, no English abbreviations);
    English without identifiers."""
    for field, value in vars(ZH).items():
        for word in value.values() if isinstance(value, dict) else [value]:
            assert "线索" not in word and "信号" not in word, field
    for vocabulary in (ZH.status, ZH.status_head, ZH.facet, ZH.stage, ZH.signal, ZH.finding):
        assert all(not any("a" <= c.lower() <= "z" for c in word) for word in vocabulary.values())
    for vocabulary in (EN.status, EN.status_head, EN.facet, EN.signal, EN.finding):
        assert all("_" not in word for word in vocabulary.values())
    assert {"rewd", "mrgd", "uncov"}.isdisjoint(EN.status_head.values())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.GB18030"}, "zh"),
        ({"LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}, "zh"),  # set but empty: the next one speaks
    ],
)
def test_the_language_comes_from_the_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_locale(environ) == expected


# compare ----------------------------------------------------------------------------------------


def test_numbers_change_as_whole_tokens() -> None:
    assert (
        redline("完成10台电梯加装。", "完成20台电梯加装。").text == "完成[-10-]{+20+}台电梯加装。"
    )
    assert redline("完成1.5亿元投资", "完成12.5亿元投资").text == "完成[-1.5-]{+12.5+}亿元投资"
    same = redline("推进A项目建设。", "推进A项目建设。")
    assert same.text == "推进A项目建设。" and same.kept == 1.0


def test_one_changed_word_shows_its_sentence_marked(one_word: Path) -> None:
    """The issue's case: 2021Q2@1 against @2, one word changed. The counts say one task was
    reworded, and the sentence is shown with the change marked, never "nothing changed"."""
    result = run_cli(None, "compare", str(Q2), str(one_word))
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "tasks: 127 carried over, 1 reworded\n" in text
    assert (
        "Worth reading first (most in need of checking first)\n"
        "  Nothing stands out: no completion promised again, no stage went down, no\n"
        "  target or lead unit changed; the changed wording is below.\n"
    ) in text
    assert (
        "Changed tasks (1)\n"
        "  [-…-] was taken out, {+…+} was put in\n"
        "  1.1.5→1.1.5  stage advance→no stage\n"
        "      坚持人物同防、环境同检,[-加强-]{+强化+}进口冷链食品和进口物品的检测与消杀,\n"
        "      进一步防范疫情输入风险。\n"
    ) in text
    assert "nothing" not in text.lower().replace("nothing stands out", "")
    assert _widest(text) <= 80


def test_one_changed_word_in_chinese(one_word: Path) -> None:
    result = run_cli(None, "compare", str(Q2), str(one_word), "--lang", "zh")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith(f"原：{Q2} (2021Q2)\n新：{one_word} (2021Q2)\n\n")
    assert "任务：延续 127 项，改写 1 项\n" in text
    assert (
        "改写的任务（1 项）\n"
        "  [-…-] 为删去的文字，{+…+} 为新加的文字\n"
        "  1.1.5→1.1.5  阶段 推进→未标明阶段\n"
        "      坚持人物同防、环境同检,[-加强-]{+强化+}进口冷链食品和进口物品的检测与消杀,\n"
    ) in text
    assert "先看这些（按需核查的程度排列）\n  没有需要先看的：" in text
    assert _widest(text) <= 80


def test_identical_notices_say_nothing_changed() -> None:
    result = run_cli(None, "compare", str(Q2), str(Q2))
    assert result.exit_code == 0, result.output
    assert "  Nothing changed: every item and task was carried over as it was.\n" in result.stdout
    assert "Changed tasks" not in result.stdout


def test_what_came_went_and_changed_is_listed_with_its_values(edited: Path) -> None:
    result = run_cli(None, "compare", str(SEED), str(edited))
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert (
        "Worth reading first (most in need of checking first)\n"
        "  1. 4.1.2  优化完善征收补偿方案。\n"
        "      dropped, never said to be complete\n"
        "  2. 8.2→8.2  财政管理\n"
        "      lead unit 区财政局→区审计局\n"
        "  3. 4.1.6→4.1.5  完成20台电梯加装。\n"
        "      target: 10台 → 20台\n"
    ) in text
    assert (
        "Dropped tasks (1)\n"
        "  4.1.2    no stage; lead: 区住房保障房屋管理局、区旧改办\n"
        "      优化完善征收补偿方案。\n"
    ) in text
    assert (
        "New tasks (1)\n  8.2.6    advance; lead: 区审计局\n      开展财政资金专项检查。\n" in text
    )
    assert "Changed items (1)\n  8.2→8.2  财政管理\n      lead unit 区财政局→区审计局\n" in text
    assert (
        "  4.1.4→4.1.3  stage advance→complete\n"
        "      [-推动-]{+完成+}126街坊、1011街坊等重点基地收尾。\n"
        "  4.1.6→4.1.5  target 10台→20台\n"
        "      完成[-10-]{+20+}台电梯加装。\n"
    ) in text
    assert "  4.1.6→4.1.5   20台电梯加装 (target 10台→20台)" in text


def test_the_values_in_chinese(edited: Path) -> None:
    result = run_cli(None, "compare", str(SEED), str(edited), "--lang", "zh")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "  1. 4.1.2  优化完善征收补偿方案。\n      未再列入，从未表述为“完成”\n" in text
    assert "      牵头单位 区财政局→区审计局\n" in text
    assert "      目标数量：10台 → 20台\n" in text
    assert (
        "未再列入的任务（1 项）\n  4.1.2    未标明阶段；牵头：区住房保障房屋管理局、区旧改办\n"
        in text
    )
    assert "新增的任务（1 项）\n  8.2.6    推进；牵头：区审计局\n" in text
    assert "  4.1.4→4.1.3  阶段 推进→完成\n" in text
    assert "  4.1.6→4.1.5  数量 10台→20台\n      完成[-10-]{+20+}台电梯加装。\n" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_real_quarter_reads_at_80_columns_with_a_short_ranked_list(lang: str) -> None:
    result = run_cli(None, "compare", str(SEED), str(Q2), "--lang", lang)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert _widest(text) <= 80
    w = words(lang)  # type: ignore[arg-type]
    ranked = text.partition(w.worth_reading + "\n")[2].partition("\n\n")[0].splitlines()
    numbered = [line for line in ranked if re.match(r" *\d+\. ", line)]
    assert [int(line.split(".")[0]) for line in numbered] == list(range(1, 11))
    assert ranked[-1] == "  " + w.worth_more.format(n=29)
    # Slipped completions first, then stages gone down, then the item dropped whole.
    whys = [ranked[ranked.index(line) + 1].strip() for line in numbered]
    assert whys[:3] == [w.why_slipped] * 3
    assert whys[6] == w.why_item_dropped.format(n=2)
    for title in (w.tasks_dropped.format(n=20), w.tasks_new.format(n=17)):
        assert f"\n{title}\n" in text


def test_json_never_changes_with_the_language() -> None:
    plain = run_cli(None, "compare", str(SEED), str(Q2), "--format", "json")
    chinese = run_cli(None, "compare", str(SEED), str(Q2), "--format", "json", "--lang", "zh")
    assert plain.exit_code == chinese.exit_code == 0
    assert json.loads(plain.stdout) == json.loads(chinese.stdout)


def test_the_locale_chooses_the_language_and_lang_overrides_it(one_word: Path) -> None:
    runner = CliRunner()
    args = ["compare", str(Q2), str(one_word)]
    assert runner.invoke(cli, args, env={"LANG": "zh_CN.UTF-8"}).stdout.startswith("原：")
    assert runner.invoke(
        cli, [*args, "--lang", "en"], env={"LANG": "zh_CN.UTF-8"}
    ).stdout.startswith("from ")
    assert runner.invoke(
        cli, args, env={"LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"}
    ).stdout.startswith("from ")


def test_a_chinese_locale_in_a_real_process(one_word: Path) -> None:
    environment = {**os.environ, "LANG": "zh_CN.UTF-8"}
    environment.pop("LC_ALL", None)
    environment.pop("LC_MESSAGES", None)
    result = subprocess.run(
        [sys.executable, "-m", "qdiff", "compare", str(Q2), str(one_word)],
        capture_output=True, text=True, encoding="utf-8", env=environment, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("原：") and "改写的任务（1 项）" in result.stdout


def test_the_html_report_stays_chinese_unless_lang_says_otherwise() -> None:
    runner = CliRunner()
    args = ["compare", str(SEED), str(Q2), "--html", "-"]
    english_locale = runner.invoke(cli, args, env={"LANG": "en_US.UTF-8"})
    assert english_locale.exit_code == 0
    assert '<html lang="zh' in english_locale.stdout[:200]
    asked = runner.invoke(cli, [*args, "--lang", "en"], env={"LANG": "zh_CN.UTF-8"})
    assert '<html lang="en' in asked.stdout[:200]


def test_lang_is_a_choice() -> None:
    result = run_cli(None, "compare", str(SEED), str(Q2), "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr' is not one of 'zh', 'en'" in result.stderr


# trace, audit, report ---------------------------------------------------------------------------


def test_trace_in_both_languages(archive: str) -> None:
    english = run_cli(archive, "trace", LIFT)
    assert english.stdout.splitlines()[:5] == [
        f"thread {LIFT} (task), 5 quarter(s): slipped, lead unit changed",
        "  2021Q1  4.1.6    complete  new",
        "          lead: 区住房保障房屋管理局、区旧改办",
        "          完成10台电梯加装。",
        "  2021Q2  4.2.2    complete  reworded (target changed)",
    ]
    assert "  2021Q4  3.2.1    complete  carried over (completion promised again)" in english.stdout
    chinese = run_cli(archive, "trace", LIFT, "--lang", "zh")
    lines = chinese.stdout.splitlines()
    assert lines[0] == f"承诺 {LIFT}（任务），共 5 个季度：重复承诺完成、牵头单位变化"
    assert "  2021Q2  4.2.2    完成  改写（目标数量变化）" in lines
    assert "          牵头：区住房保障房屋管理局" in lines
    assert any(line.startswith("  核查 2021Q4：未完成，审计员甲，") for line in lines)
    assert all("线索" not in line and "信号" not in line for line in lines)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_audit_list_has_a_header_an_order_and_fits_100_columns(archive: str, lang: str) -> None:
    result = run_cli(archive, "audit", "list", "--lang", lang)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    w = words(lang)  # type: ignore[arg-type]
    assert lines[0].split() == [
        *w.audit_head_thread.split(), *w.audit_head_signals.split(),
        *w.audit_head_finding.split(), *w.audit_head_last.split(), *w.audit_head_text.split(),
    ]  # fmt: skip
    assert _widest(result.stdout) <= 100
    data = json.loads(run_cli(archive, "audit", "list", "--format", "json").stdout)
    tiers = []
    for thread in data:
        signals = thread["signals"]
        if signals["slipped"] or signals["vanished_unfinished"]:
            tiers.append(0)
        elif signals["stalled"]:
            tiers.append(1)
        else:
            tiers.append(2)
    assert tiers == sorted(tiers) and tiers[0] == 0
    assert data[0]["signals"]["slipped"] == max(t["signals"]["slipped"] for t in data)
    # The text lists the same threads in the same order.
    assert [line.split()[0] for line in lines[1 : len(data) + 1]] == [t["key"] for t in data]


def test_audit_list_filters_by_signal_and_agency(archive: str) -> None:
    def keys(*args: str) -> list[str]:
        result = run_cli(archive, "audit", "list", "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return [t["key"] for t in json.loads(result.stdout)]

    everything = json.loads(run_cli(archive, "audit", "list", "--format", "json").stdout)
    stalled = [t["key"] for t in everything if t["signals"]["stalled"]]
    assert keys("--signal", "stalled") == stalled
    assert keys("--signal", "停滞") == stalled  # the word a Chinese reader sees works too
    both = [t["key"] for t in everything if t["signals"]["stalled"] or t["signals"]["slipped"]]
    assert keys("--signal", "stalled,slipped") == both
    assert keys("--signal", "stalled", "--signal", "slipped") == both
    housing = keys("--agency", "房屋管理局")
    assert LIFT in housing and len(housing) < len(everything)
    assert keys("--agency", "房屋管理局", "--signal", "slipped") == [
        key for key in housing if key in keys("--signal", "slipped")
    ]
    text = run_cli(archive, "audit", "list", "--signal", "stalled", "--agency", "房屋管理局")
    assert (
        text.stdout.splitlines()[-3]
        == f"{len(keys('--signal', 'stalled', '--agency', '房屋管理局'))} thread(s)"
    )


def test_an_unknown_signal_is_one_usage_line(archive: str) -> None:
    result = run_cli(archive, "audit", "list", "--signal", "stalled,slippd")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: unknown signal 'slippd' for --signal; valid: stalled, slipped, "
        "vanished_unfinished, presumed_done, reappeared, lead_changed\n"
    )
    assert result.stdout == ""


def test_audit_export_csv_has_a_bom_and_goes_to_a_file_whole(archive: str, tmp_path: Path) -> None:
    printed = run_cli(archive, "audit", "export")
    assert printed.exit_code == 0
    assert printed.stdout_bytes.startswith(b"\xef\xbb\xbfseries,thread,signals,")
    target = tmp_path / "findings.csv"
    written = run_cli(archive, "audit", "export", "-o", str(target))
    assert written.exit_code == 0, written.output
    assert written.stdout == "" and written.stderr == f"wrote 1 finding(s) to {target}\n"
    assert target.read_bytes() == printed.stdout_bytes
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [(r["thread"], r["finding"], r["note"]) for r in rows] == [
        (LIFT, "not_done", "30台未完成")
    ]
    as_json = run_cli(
        archive, "audit", "export", "--format", "json", "-o", str(tmp_path / "f.json")
    )
    assert as_json.exit_code == 0
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))[0]["thread"] == LIFT
    refused = run_cli(archive, "audit", "export", "-o", str(tmp_path))
    assert refused.exit_code == 2
    assert refused.stderr == f"Error: {tmp_path} is a directory; give a file name for the export\n"


def test_report_text_in_both_languages(archive: str) -> None:
    english = run_cli(archive, "report").stdout.splitlines()
    assert english[0] == "上海市杨浦区人民政府: 2021Q1–2022Q1, 5 quarters archived"
    assert english[-1] == "details: qdiff report --html FILE, or qdiff audit list --open"
    chinese = run_cli(archive, "report", "--lang", "zh").stdout.splitlines()
    assert chinese[0] == "上海市杨浦区人民政府：2021Q1–2022Q1，已归档 5 个季度"
    assert any(
        line.startswith("  重复承诺完成") and "已有核查记录 1 项" in line for line in chinese
    )


# parse, show, list, log -------------------------------------------------------------------------


def test_parse_outline_in_chinese() -> None:
    result = run_cli(None, "parse", str(SEED), "--lang", "zh")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[2:7] == [
        "发文机关    上海市杨浦区人民政府",
        "期间        2021Q1",
        "文号        杨府办〔2021〕3号",
        "签发日期    2021-02-22    发布日期 2021-02-26",
        "8 个部分，29 项事项，131 项任务",
    ]
    assert "  1.1    外防输入、内防反弹  [6 项任务]  牵头：区疫情防控工作领导小组办公室" in lines
    assert "读取提示（4 条）" in lines
    assert any(line.startswith("  第 3 行   文号已修复（doc_number_repaired）：") for line in lines)


def test_list_and_log_in_chinese(archive: str) -> None:
    listed = run_cli(archive, "list", "--lang", "zh").stdout.splitlines()
    assert listed[0].startswith("归档库：SQLite file ")
    assert "  期间       版本数   事项   任务      提示  归档时间（最新版本）" in listed
    logged = run_cli(archive, "log", "2021Q1", "--lang", "zh").stdout
    assert " 由 " in logged and "29 项事项，4 条提示" in logged
    english = run_cli(archive, "list").stdout.splitlines()
    assert "  period   versions  items  tasks  warnings  archived (latest version)" in english


def test_archive_and_demo_say_what_they_did_in_chinese(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    files = [str(SEED), str(Q2)]
    said = run_cli(db, "archive", "--lang", "zh", *files).stdout.splitlines()
    assert said[0].startswith(f"已存档 {SEED}：上海市杨浦区人民政府 2021Q1@1（29 项事项，")
    assert said[-1] == "存档 2 个，0 个此前已存档，0 个失败"
    again = run_cli(db, "archive", "--lang", "zh", str(SEED)).stdout
    assert again.strip() == f"{SEED} 未变，已是 上海市杨浦区人民政府 2021Q1@1；未写入"
    english = run_cli(db, "archive", "--lang", "en", str(SEED)).stdout
    assert english.startswith(f"unchanged {SEED} is already 上海市杨浦区人民政府 2021Q1@1")
    demo = run_cli(None, "demo", "--dir", str(tmp_path / "demo"), "--lang", "zh")
    assert demo.exit_code == 0
    assert "事项：" in demo.stdout and "演示档案库在" in demo.stdout
    assert "已存档 yangpu_2021Q1.txt" in demo.stderr


def test_audit_mark_says_what_it_recorded_in_chinese(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    assert run_cli(db, "archive", str(SEED), str(Q2)).exit_code == 0
    said = run_cli(db, "audit", "mark", LIFT, "--finding", "partly", "--lang", "zh", "--by", "甲")
    assert said.exit_code == 0, said.output
    assert said.stdout.startswith(f"已记录核查结论“部分完成”：跟踪条目 {LIFT}，2021Q1（")
    english = run_cli(db, "audit", "mark", LIFT, "--finding", "done", "--lang", "en", "--by", "甲")
    assert english.stdout.startswith(f"recorded done for thread {LIFT} at 2021Q1 (")


def test_archive_says_another_source_and_withdrawn_in_chinese(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    assert run_cli(db, "archive", str(SEED)).exit_code == 0
    html = FIXTURES / "formats" / "yangpu_2021Q1.html"
    copy = run_cli(db, "archive", "--lang", "zh", str(html)).stdout.strip()
    assert copy == f"{html} 与 上海市杨浦区人民政府 2021Q1@1 文字相同（记为它的另一来源）"
    assert run_cli(db, "withdraw", "2021Q1@1", "--reason", "测试撤回").exit_code == 0
    again = run_cli(db, "archive", "--lang", "zh", str(SEED)).stdout.strip()
    assert again.endswith("（2021Q1@1 已撤回；`qdiff restore` 可恢复）"), again
