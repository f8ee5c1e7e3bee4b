"""Finding a plan's promise in a review that words it otherwise (qdiff/delivery/lookup.py), and
a list of pledges reported as a whole (qdiff/delivery/assess.py). The sentences are made up,
written for testing, in the way real reviews shorten names and report lists."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from qdiff.delivery import Verdict, assess_delivery, promises_of
from qdiff.delivery.lookup import find_object, named_before_result, search_keys
from qdiff.delivery.model import Passage, Promise
from qdiff.delivery.passages import PassageIndex, passages_of
from qdiff.delivery.plan import in_step_measure, pledge_list, targets_in
from qdiff.delivery.similar import SentenceIndex, most_alike_in_order
from qdiff.lexicon.quantities import find_quantities
from qdiff.lexicon.stages import stage_of
from qdiff.load import load_bytes, load_path
from qdiff.normalize import fold
from qdiff.notice import Item, Stage
from qdiff.parsing import parse_notice

REPORTS = Path(__file__).resolve().parents[2] / "shared" / "realdata" / "work_reports"

REVIEW = (
    "全年地区生产总值增长5.2%。第六届中国国际进口博览会圆满举办。"
    "小洋山北作业区开工建设。家庭医生签约服务惠及340万群众。"
    "以“链长制”抓产业链供应链。G7智慧绿色物流项目加快实施。"
    "城市更新行动扎实推进。新建公园120座。一刻钟便民生活圈覆盖所有街道。"
)


def passages(text: str, pattern: str = r"[^，。；]+") -> tuple[Passage, ...]:
    found = []
    for match in re.finditer(pattern, text):
        piece = match.group()
        found.append(
            Passage(
                source=0,
                text=piece,
                start=match.start(),
                end=match.end(),
                quantities=find_quantities(piece, fold(piece)),
                stage=stage_of(fold(piece)),
                sentence=piece,
            )
        )
    return tuple(found)


def promise(name: str | None, text: str, stage: Stage | None, listed: str | None = None) -> Promise:
    return Promise("3.1.1/1", name, text, stage, (), 0, len(text), pledge_list=listed)


def found(name: str) -> list[str]:
    index = PassageIndex(passages(REVIEW))
    return [index.passages[number].text for _, number in find_object(index, name)]


def test_the_forms_a_review_names_an_object_by() -> None:
    assert "链长制" in search_keys("重点产业链“1+X”“链长制”")
    assert "家庭医生" in search_keys("家庭医生制度")
    assert "城市更新" in search_keys("城市更新行动")
    # A quoted name that qualifies another thing is not searched alone: “十四五” is in every
    # review of those years.
    assert "十四五" not in search_keys("“十四五”综合交通规划")
    assert "我为企业找订单" in search_keys("“我为企业找订单”“我帮企业找市场”活动")
    # A project's size describes it; the review gives another (or none).
    assert search_keys("总投资15亿元的G7智慧物流") == ["G7智慧物流"]
    # A name too short to name anything without its kind keeps it.
    assert search_keys("林长制度") == ["林长制度"]


def test_an_object_is_found_under_a_shortened_name() -> None:
    assert found("重点产业链“1+X”“链长制”") == ["以“链长制”抓产业链供应链"]
    assert found("家庭医生制度") == ["家庭医生签约服务惠及340万群众"]
    # Another event of the same series, or another line, is another object.
    assert found("第六届世界智能大会") == []
    assert found("沪渝蓉铁路上海段") == []


def test_a_short_name_is_known_by_its_first_characters() -> None:
    """呼包高铁 shares 包高 and 高铁 with 京包高铁, and “多规合一” 规合 and 合一 with “三规合一”:
    where 呼包 and 多规 are common words of the review, that is most of their weight, but
    another line and another reform."""

    def found_in(review: str, name: str) -> list[str]:
        index = PassageIndex(passages(review))
        return [index.passages[number].text for _, number in find_object(index, name)]

    lines = (
        "京包高铁开通运行。呼和浩特地铁开通。呼和浩特机场扩建。呼包鄂协同。呼包鄂榆城市群规划获批。"
    )
    assert found_in(lines, "呼包高铁") == []
    assert found_in(lines, "京包高铁") == ["京包高铁开通运行"]
    reforms = "“三规合一”走在全国前列。多规协同推进。多规试点扩面。多规管理完善。"
    assert found_in(reforms, "“多规合一”") == []


def assessed(promises: list[Promise], review: str) -> list[tuple[Verdict, bool]]:
    clauses, sentences = passages(review), passages(review, r"[^；。]+")
    return [
        (a.verdict, any(e.blanket for e in a.evidence))
        for a in assess_delivery(promises, clauses, sentences)
    ]


def test_a_list_of_pledges_reported_as_a_whole() -> None:
    pledges = [
        promise("区域性中心敬老院", "新建7家区域性中心敬老院", Stage.START, "续办民生实事"),
        promise("公园", "新建公园120座", Stage.START, "续办民生实事"),
        promise("桂溪大道改造提升工程", "建成桂溪大道改造提升工程", Stage.COMPLETE),
    ]
    whole = REVIEW + "省市重点民生实事全面完成。"
    # The pledge the review does not name is done by the list's report; the one it names is
    # judged by its own passage; a promise of no list gains nothing.
    assert assessed(pledges, whole) == [
        (Verdict.DONE, True),
        (Verdict.DONE, False),
        (Verdict.NOT_REPORTED, False),
    ]
    # Some were not done, a five-year count, a sum spent, or a promise still: none says the
    # whole list was done.
    for partly in (
        "20项重点民生实事基本完成。",
        "五年累计办成民生实事88件。",
        "30项民生实事完成28项。",
        "民生实事项目完成投资12亿元。",
        "今年将确保十件民生实事全部完成。",
    ):
        assert assessed(pledges[:1], REVIEW + partly) == [(Verdict.NOT_REPORTED, False)], partly
    # A claim is read in its own clause: an earlier 累计 in the sentence takes nothing back.
    later = "每年办十件民生实事，5年累计投入399亿元，去年十件民生实事全部兑现。"
    assert assessed(pledges[:1], REVIEW + later) == [(Verdict.DONE, True)]


def item(heading: str) -> Item:
    return Item("2.40", "", heading, heading, None, (), (), (), 1, 0, len(heading))


def test_which_headings_open_a_list_of_pledges() -> None:
    assert pledge_list(None, item("续办民生实事")) == "续办民生实事"
    assert pledge_list("**办好十件民生实事**", item("加强食品安全监管")) == "办好十件民生实事"
    # A field of work that mentions them is not a list.
    long_title = "聚力推进民心工程办好民生实事，不断改善人民生活品质"
    assert pledge_list(long_title, item("加强食品安全监管")) is None
    assert pledge_list(None, item("加快建设科技创新中心")) is None


def target(text: str) -> Promise:
    found = targets_in(text, find_quantities(text, fold(text)))
    return Promise("3.1.1/1", None, text, Stage.COMPLETE, found, 0, len(text))


def test_a_target_reworded_before_what_it_counts() -> None:
    review = (
        "获批国家高新技术企业712家，新引进科技型企业534家。稀土产业产值达到800亿元。"
        "621个重大项目完成投资2064.5亿元。"
    )
    said = assess_delivery(
        [
            target("新认定国家高新技术企业600家"),
            target("新招引科技型企业300家"),
            # Another industry's output, and one project's investment, are not the city's.
            target("年内风电装备产业产值达到300亿元以上"),
            target("计划完成投资796亿元"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "712家"),
        (Verdict.DONE, "534家"),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
    ]


def test_a_programme_named_with_its_count_is_judged_by_the_figure_after_its_name() -> None:
    review = "桂溪河综合治理二期 | 完成河道清淤8.5公里、截污管网5.2公里。规模以上工业企业培育。"
    review += "全年新增规模以上工业企业23家。"
    network = target("新建截污管网8公里")
    firms = target("全年新增规模以上工业企业25家")
    said = assess_delivery(
        [
            replace(network, object="截污管网8公里"),
            # The passage naming the programme has no figure; the one that counts it decides.
            replace(firms, object="规模以上工业企业25家"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.SHORT, "5.2公里"),
        (Verdict.SHORT, "23家"),
    ]


def test_the_count_of_a_list_of_named_projects_is_a_target_of_its_own() -> None:
    """The projects of 街北高速扩建、白云大道下穿隧道等10个项目完工 are each a promise, and so is
    the count: a review may report the count only (建成…等13个道路项目)."""
    text = (
        "某区2024年第一季度重点工作安排\n\n"
        "1. 重大工程。力争街北高速扩建、白云大道下穿隧道等10个项目完工。（责任单位：区建设局）\n"
    )
    notice = parse_notice(text)
    found = [(p.object, [t.value for t in p.targets]) for p in promises_of(notice)]
    assert ("街北高速扩建", []) in found and ("白云大道下穿隧道", []) in found
    assert [targets for name, targets in found if name is None] == [[10.0]]


def test_a_measure_named_without_the_plans_qualifier() -> None:
    """A review drops a plan's qualifier (农村示范生态河道 → 农村生态河道); the head (what is
    counted) and the first character stay. A review's longer phrase names a narrower measure
    (外贸进出口 is not 外贸出口, 工业技改投资 not 工业投资), and another head another measure."""
    review = (
        "新建农村生态河道615公里。新建颐养社区41个。新建农村公路120公里。"
        "外贸进出口达到500亿元。工业技改投资达到120亿元。"
    )
    said = assess_delivery(
        [
            target("新建农村示范生态河道600公里"),
            target("新建颐养示范社区30个"),
            target("新建农村示范生态公园30个"),
            target("外贸出口总额达到300亿元"),
            target("工业投资达到300亿元"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "615公里"),
        (Verdict.DONE, "41个"),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
    ]
    # The evidence starts where the review names the measure.
    assert said[0].evidence[0].passage.text == "农村生态河道615公里"


def test_a_count_named_by_what_it_counts() -> None:
    """A review words a count's qualifiers and action otherwise but keeps what is counted
    (各类创新平台 → 自治区级创新平台, 普惠性幼儿园 → 幼儿园); the phrase must hold enough of
    the rest of the measure (高层次人才 is no count of 中青年科技人才), be of the same level
    (国家级 is part of 市级以上), and a wide word (项目) alone tells no kind. Rates and sums
    are not counts."""
    review = (
        "新增自治区级创新平台28家。新改扩建幼儿园12所。高层次和紧缺急需人才8365人。"
        "新增国家级农业龙头企业2家。招引产业项目80个。一般公共预算收入增长5%。"
        "新增居民小区停车泊位3000个。新增市级以上示范家庭农场8家。"
    )
    said = assess_delivery(
        [
            target("培育各类创新平台20家"),
            target("启动新（改、扩）建普惠性幼儿园12所"),
            target("培养中青年科技人才200人"),
            target("新增市级以上农业龙头企业6家"),
            target("实施工业项目100个"),
            target("一般公共财政收入增长6%"),
            # A narrower count (居民小区 of 公共) is no figure of the whole; 及以上 is 以上.
            target("新增公共停车泊位5000个"),
            target("新增市级及以上示范家庭农场6家"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "28家"),
        (Verdict.DONE, "12所"),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.DONE, "8家"),
    ]
    assert said[0].evidence[0].passage.text == "新增自治区级创新平台28家"


def test_a_lead_in_before_a_colon_is_no_part_of_the_measure() -> None:
    review = "地区生产总值预计增长8.1％，地方一般公共预算收入可比增长5.5％。"
    said = assess_delivery(
        [target("经济社会发展主要预期目标是：地区生产总值增长8%左右")],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert (said[0].verdict, said[0].reported and said[0].reported.text) == (Verdict.DONE, "8.1％")


def test_a_work_reports_paragraph_lead_is_a_promise() -> None:
    """深入推进全面创新改革试验。 opens a paragraph of the plan: no task of its own, yet the work
    the paragraph is about, and what a review reports on."""
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing (../shared/realdata)")
    notice = load_path(str(REPORTS / "上海市" / "2017.md")).notice
    leads = [p for p in promises_of(notice) if p.object == "全面创新改革试验"]
    assert [p.text for p in leads] == ["深入推进全面创新改革试验"]
    assert notice.text[leads[0].start : leads[0].end] == "深入推进全面创新改革试验"
    assert leads[0].ref.endswith(".0/1") and leads[0].stage is Stage.ADVANCE


def test_a_review_paragraphs_heading_reports_as_its_body_does() -> None:
    """浦东引领区建设持续深化。 opens a paragraph of the review of 2023: the only place the review
    names the 浦东引领区 the plan promised. Its body comes first where it names the object too, and
    a heading's claim for a whole field is never taken as the sentence most like a name."""
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing (../shared/realdata)")
    review = load_path(str(REPORTS / "上海市" / "2024.md")).notice
    clauses = passages_of(review, 0)
    headings = [p for p in clauses if p.heading]
    assert "浦东引领区建设持续深化" in [p.text for p in headings]
    # Only the review's headings: the plan part promises.
    assert "全面推进浦东引领区建设" not in [p.text for p in clauses]
    for heading in headings:
        assert review.text[heading.start : heading.end] == heading.text
    pledge = promise("浦东引领区", "全力推进浦东引领区建设", Stage.ADVANCE)
    sentences = passages_of(review, 0, sentences=True)
    (assessment,) = assess_delivery([pledge], clauses, sentences)
    assert assessment.verdict is Verdict.DONE
    assert [e.passage.text for e in assessment.evidence] == ["浦东引领区建设持续深化"]
    alike = SentenceIndex(sentences)
    assert any(s.heading for s in sentences)
    assert not any(s.heading for s in alike.sentences)


def test_a_name_read_with_what_was_promised_of_it_is_found_by_the_thing() -> None:
    """飞沃科技上市 promises a listing; the review names 飞沃科技 and says what became of it. A name
    found whole is never searched short, and where a kind ends the name the verb is its own."""
    review = passages(
        "飞沃科技首发过会并获评省长质量奖。扬州职大入选教育强国推进工程储备院校清单。"
    )
    index = PassageIndex(review)
    for name, said in (
        ("飞沃科技上市", "飞沃科技首发过会并获评省长质量奖"),
        ("扬州职大提升办学层次", "扬州职大入选教育强国推进工程储备院校清单"),
    ):
        assert [index.passages[n].text for _, n in find_object(index, name)] == [said]
    assert named_before_result("农村人居环境整治提升五年行动") is None
    assert named_before_result("虹桥国际开放枢纽建设总体方案") is None
    assert named_before_result("飞沃科技") is None
    assert named_before_result("桂溪中央商务区楼宇经济提升") is None  # the kind of work
    # 上市 qualifying firms, and firms unnamed, give nothing to look for.
    assert named_before_result("科创板拟上市企业培育") is None
    assert named_before_result("推动企业上市") is None
    assert named_before_result("推动科技型企业上市") is None
    assert named_before_result("推动3家企业上市") is None
    # A name found whole is not searched short: the thing alone names another passage.
    both = PassageIndex(passages("飞沃科技上市工作稳步推进。飞沃科技获评省长质量奖。"))
    assert [both.passages[n].text for _, n in find_object(both, "飞沃科技上市")] == [
        "飞沃科技上市工作稳步推进"
    ]
    (judged,) = assess_delivery(
        [promise("飞沃科技上市", "实现飞沃科技上市", Stage.COMPLETE)], review, review
    )
    assert judged.verdict is Verdict.IN_PROGRESS


def test_an_object_a_review_words_otherwise_is_judged_by_the_most_similar_sentence() -> None:
    """东方综合交通枢纽上海东站 holds too few of its bigrams in 东方枢纽上海东站 to be found by its
    name, but that sentence is the most like it, and reports its start. Evidence so found is
    marked similar. A name like no sentence stays not reported, and a promise with a figure is
    never judged so (a sentence in other words gives no figure)."""
    review = (
        "小洋山北作业区、东方枢纽上海东站开工建设。洋山港四期自动化码头相继建成。"
        "全年新增就业岗位60万个。城市更新行动扎实推进。"
    )
    station = "东方综合交通枢纽上海东站"
    assert not find_object(PassageIndex(passages(review)), station)
    said = assess_delivery(
        [
            promise(station, f"启动建设{station}", Stage.START),
            promise("南湖湿地公园", "建成南湖湿地公园", Stage.COMPLETE),
            replace(target(f"建成{station}配套道路3条"), object=f"{station}配套道路3条"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    found, park, counted = said
    assert found.verdict is Verdict.DONE
    assert found.evidence[0].similar and found.evidence[0].passage.text.startswith("小洋山北")
    assert 0.3 <= found.evidence[0].score < 1
    assert park.verdict is Verdict.NOT_REPORTED and not park.evidence
    assert counted.verdict is Verdict.NOT_REPORTED


def test_figures_given_respectively_measure_the_measures_in_their_order() -> None:
    clause = "城镇调查失业率和登记失业率分别控制在5.5%和4.5%以内"
    found = targets_in(clause, find_quantities(clause, fold(clause)))
    assert [(t.indicator, t.text, t.bound) for t in found] == [
        ("城镇调查失业率", "5.5%", "at_most"),
        ("登记失业率", "4.5%", "at_most"),
    ]
    clause = "园区亩均产值、亩均税收分别达到100万元、16.8万元以上"
    found = targets_in(clause, find_quantities(clause, fold(clause)))
    assert [(t.indicator, t.value, t.bound) for t in found] == [
        ("园区亩均产值", 1000000.0, "at_least"),
        ("亩均税收", 168000.0, "at_least"),
    ]


def clauses(text: str) -> tuple[Passage, ...]:
    """A review's clauses as passages_of gives them: each with the whole sentence it is in."""
    found = []
    for sentence in re.finditer(r"[^。]+", text):
        for clause in re.finditer(r"[^，；]+", sentence.group()):
            piece, start = clause.group(), sentence.start() + clause.start()
            found.append(
                Passage(
                    0,
                    piece,
                    start,
                    start + len(piece),
                    find_quantities(piece, fold(piece)),
                    stage_of(fold(piece)),
                    sentence.group(),
                )
            )
    return tuple(found)


def test_a_completion_is_taken_back_only_by_what_concerns_the_object() -> None:
    """A partial claim about another object of the sentence takes nothing back, one in the
    object's own clause does (基本建成, 基本完工, 部分路段建成); one the promise itself made
    (基本完成) is kept; a finished step of the work (施工招标完成) is progress; a promise of the
    future (预计, 即将) takes back the whole sentence."""
    review = (
        "村级集体产权制度改革基本完成，土地承包经营权确权登记颁证全面完成。"
        "率先基本完成镇级集体产权制度改革。石塘片区安置房一期施工招标完成。"
        "基本建成滨江大道和北横通道。松柏路部分路段建成通车。"
        "桂溪大道东段已通车，西段完成80%，预计明年全线通车。"
        "南村净水厂二期基本完工。广清城际一期即将建成。"
    )
    said = assess_delivery(
        [
            promise(
                "土地承包经营权的确权登记颁证", "完成土地承包经营权的确权登记颁证", Stage.COMPLETE
            ),
            promise("镇级集体产权制度改革", "基本完成镇级集体产权制度改革", Stage.COMPLETE),
            promise("石塘片区安置房一期", "年内主体结构封顶石塘片区安置房一期", Stage.COMPLETE),
            promise("北横通道", "建成北横通道", Stage.COMPLETE),
            promise("松柏路", "建成松柏路", Stage.COMPLETE),
            promise("桂溪大道", "建成桂溪大道", Stage.COMPLETE),
            promise("南村净水厂二期", "建成南村净水厂二期", Stage.COMPLETE),
            promise("广清城际一期", "建成广清城际一期", Stage.COMPLETE),
        ],
        clauses(review),
        clauses(review),
    )
    assert [a.verdict for a in said] == [
        Verdict.DONE,
        Verdict.DONE,
        Verdict.IN_PROGRESS,
        Verdict.IN_PROGRESS,
        Verdict.IN_PROGRESS,
        Verdict.IN_PROGRESS,
        Verdict.IN_PROGRESS,  # 基本完工: substantially, as 基本建成
        Verdict.IN_PROGRESS,  # 即将建成: about to be
    ]


def test_each_number_of_a_clause_is_a_promise_of_its_own() -> None:
    text = (
        "某市2024年政府工作计划\n\n"
        "1. 人才。新增科技领军人才200人、高技能人才5000人。（责任单位：市人社局）\n"
    )
    found = [(p.object, [t.indicator for t in p.targets]) for p in promises_of(parse_notice(text))]
    assert found == [(None, ["新增科技领军人才"]), (None, ["高技能人才"])]


def test_a_share_of_a_measure_is_not_the_measure() -> None:
    review = "服务业增加值占地区生产总值比重达58%。"
    said = assess_delivery(
        [target("服务业增加值增长6%以上")], passages(review), passages(review, r"[^；。]+")
    )
    assert said[0].verdict is Verdict.NOT_REPORTED


def test_figures_given_respectively_share_the_last_measures_head() -> None:
    clause = "城镇和农村居民人均可支配收入分别增长6%和7%"
    found = targets_in(clause, find_quantities(clause, fold(clause)))
    assert [(t.indicator, t.text) for t in found] == [
        ("城镇居民人均可支配收入", "6%"),
        ("农村居民人均可支配收入", "7%"),
    ]


def test_another_edition_is_another_event() -> None:
    index = PassageIndex(passages("第六届中国国际进口博览会圆满举办。市民运动会成功举办。"))
    assert not find_object(index, "第七届中国国际进口博览会")
    assert find_object(index, "第六届中国国际进口博览会")
    assert find_object(index, "第三届市民运动会")  # a review may name the event alone


def test_a_sentence_holding_little_of_the_name_is_not_similar() -> None:
    """However like a name a sentence reads by its cosine, it must hold NAME_HELD of the
    name's character pairs: 洋山港四期开港 holds 2 of 洋山深水港区四期工程's 9."""
    index = SentenceIndex(
        passages("洋山港四期开港。全年新增就业岗位60万个。城市更新行动扎实推进。")
    )
    found = index.most_like("洋山四期", floor=0.0)
    assert found is not None and found[1].text == "洋山港四期开港"
    assert index.most_like("洋山深水港区四期工程", floor=0.0) is None


def test_an_event_held_or_a_count_added_in_the_review_keeps_the_promise() -> None:
    """A review claims with the verbs one object's stage reads (新建村级集体农场, 成功举办), as
    the promise was read; and of the passages that name the object best, the one claiming the
    most decides (a fair named once for its security, once for its success)."""
    review = (
        "扎实做好第三届中国国际进口博览会防疫保障。第三届中国国际进口博览会成功举办。"
        "新建村级集体农场15个。北塘文体中心承办区运会部分赛事。第三届汀江龙舟文化节延期举办。"
        "地铁7号线一期西延段开通运营。建成汀湖文体中心并推广运营经验。鹭洲文体中心办好全民健身节。"
    )
    said = assess_delivery(
        [
            promise("第三届中国国际进口博览会", "举办第三届中国国际进口博览会", Stage.COMPLETE),
            promise("村级集体农场", "新建村级集体农场10个", Stage.COMPLETE),
            # Not completed by an event it hosts, nor an event put off.
            promise("北塘文体中心", "年内建成北塘文体中心", Stage.COMPLETE),
            promise("第三届汀江龙舟文化节", "举办第三届汀江龙舟文化节", Stage.COMPLETE),
            # Any object is completed by the verbs of one object's stage (开通, 投运, 通车).
            promise("地铁7号线一期西延线", "建成地铁7号线一期西延线", Stage.COMPLETE),
            # ... and kept by the verb before it when other work goes on after (并推广); an
            # event done well there completes no building (办好…节).
            promise("汀湖文体中心", "年内建成汀湖文体中心", Stage.COMPLETE),
            promise("鹭洲文体中心", "年内建成鹭洲文体中心", Stage.COMPLETE),
        ],
        clauses(review),
        clauses(review),
    )
    assert [a.verdict for a in said] == [
        Verdict.DONE,
        Verdict.DONE,
        Verdict.IN_PROGRESS,
        Verdict.IN_PROGRESS,
        Verdict.DONE,
        Verdict.DONE,
        Verdict.IN_PROGRESS,
    ]
    assert said[0].evidence[0].passage.text == "第三届中国国际进口博览会成功举办"


def test_a_promise_whose_name_runs_across_a_pdf_page_is_found() -> None:
    """A plan taken from a PDF breaks a name across a page (口袋公园\n— 7 —\n12个): the review
    names it whole."""
    plan = parse_notice(
        "某区2024年第一季度重点工作安排\n\n"
        "1. 城市建设。年底前建成口袋公园\n— 7 —\n12个。（责任单位：区绿化局）\n"
    )
    review = "全年建成口袋公园12个。"
    said = assess_delivery(promises_of(plan), passages(review), passages(review))
    named = [a for a in said if a.promise.object and "口袋公园" in a.promise.object]
    assert named and named[0].verdict is Verdict.DONE, said


def test_a_member_of_a_counted_list_carries_no_figure_of_its_own() -> None:
    """建成锦屏街道零工市场、南塘街道零工市场2个市场: the members are promises without a figure, the
    count one of its own; a list whose members name their own counts keeps them (幼儿园3所、
    小学2所)."""
    plan = parse_notice(
        "某区2024年第一季度重点工作安排\n\n"
        "1. 民生。年底前建成锦屏街道零工市场、南塘街道零工市场2个市场。"
        "新建滨湖幼儿园3所、望江小学2所。"
        "（责任单位：区人社局）\n"
    )
    found = {p.object: [t.value for t in p.targets] for p in promises_of(plan)}
    assert found.get("锦屏街道零工市场") == [] and found.get("南塘街道零工市场") == [], found
    assert found.get(None) == [2.0], found
    assert found.get("滨湖幼儿园3所") == [3.0] and found.get("望江小学2所") == [2.0], found


def test_a_name_is_found_with_its_terms_short_and_without_its_country_and_city() -> None:
    """A review writes 跨境电商综试区 for 中国（扬州）跨境电子商务综合试验区, 规上 for 规模以上,
    智改数转 for 智能化改造数字化转型, 户厕 for 户用厕所."""
    index = PassageIndex(
        passages(
            "获批国家级跨境电商综试区。新增规上工业企业118家。实施智改数转网联项目2136个。"
            "改造农村户厕26223个。"
        )
    )

    def found_in(name: str) -> list[str]:
        return [index.passages[number].text for _, number in find_object(index, name)]

    assert found_in("中国（扬州）跨境电子商务综合试验区") == ["获批国家级跨境电商综试区"]
    assert "跨境电商综试区" in search_keys("中国（扬州）跨境电子商务综合试验区")
    assert found_in("规模以上工业企业") == ["新增规上工业企业118家"]
    assert found_in("智能化改造数字化转型项目") == ["实施智改数转网联项目2136个"]
    assert found_in("农村户用厕所") == ["改造农村户厕26223个"]


def test_a_name_written_short_is_found_where_the_review_writes_it_in_full() -> None:
    """A promise to hold the 第六届进博会 is reported as the 第六届中国国际进口博览会."""
    index = PassageIndex(passages("第六届中国国际进口博览会圆满举办。新增公共充电桩5万个。"))
    found = [index.passages[number].text for _, number in find_object(index, "第六届进博会")]
    assert found == ["第六届中国国际进口博览会圆满举办"]


def test_where_no_sentence_is_alike_the_clause_most_like_the_name_is() -> None:
    """A review sentence of a port's whole year dilutes its one clause about the terminal: no
    sentence reaches SIMILAR_FLOOR, the clause reaches CLAUSE_FLOOR, and its verdict is read
    from it (投入自动化调试: not yet complete)."""
    review = (
        "全年港口货物吞吐量增长5%，集装箱航线新增12条，南沙港区四期投入自动化调试，"
        "邮轮母港复航，航运服务业集聚发展，国际航运中心排名稳步提升。"
    )
    terminal = promise("南沙四期自动化码头", "建成南沙四期自动化码头", Stage.COMPLETE)
    (said,) = assess_delivery([terminal], passages(review), passages(review, r"[^。]+"))
    assert said.verdict is Verdict.IN_PROGRESS
    assert [(e.passage.text, e.similar) for e in said.evidence] == [
        ("南沙港区四期投入自动化调试", True)
    ]


def test_a_target_is_read_as_the_plan_wrote_its_measure_for_the_year() -> None:
    """Of two figures for a measure, the one the review gives under the plan's own words
    (地方一般公共预算收入 is the city's; 一般公共预算收入 alone may be the whole area's); a count
    of people is named without 人数; a running total of the year to date (截至12月底，累计完成,
    a progress report's words) is the year's figure."""
    review = (
        "一般公共预算收入6336亿元，增长2.1%；地方一般公共预算收入1697.2亿元，增长4%。"
        "新增就业33.73万人。截至12月底，累计完成固定资产投资120亿元。"
    )
    said = assess_delivery(
        [
            target("地方一般公共预算收入增长5%"),
            target("新增就业人数20万人"),
            target("完成固定资产投资100亿元"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.SHORT, "4%"),
        (Verdict.DONE, "33.73万人"),
        (Verdict.DONE, "120亿元"),
    ]


def in_step(text: str) -> Promise:
    measure = in_step_measure(text)
    assert measure is not None, text
    return Promise("1.1.1/1", None, text, None, (), 0, len(text), in_step=measure)


def test_income_in_step_with_the_economy_is_judged_by_both_growths() -> None:
    assert in_step_measure("城乡居民收入与经济发展同步") == "城乡居民收入"
    assert in_step_measure("居民人均可支配收入增幅与经济增长保持同步") == "居民人均可支配收入"
    assert in_step_measure("劳动报酬提高与劳动生产率提高同步") is None
    # Only residents' income (not a budget's), and also 与经济同步增长.
    assert in_step_measure("地方一般公共预算收入与经济增长基本同步") is None
    assert in_step_measure("努力实现居民收入与经济同步增长") == "居民收入"
    promised = [in_step("居民人均可支配收入增长与经济增长基本同步")]

    def judged(review: str) -> tuple[Verdict, str | None, float | None]:
        (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
        reported = said.reported.text if said.reported else None
        return said.verdict, reported, said.target.value if said.target else None

    # A fall in one quarter is not the year's growth; 基本同步 allows half a point less: the
    # target held to is the economy's growth less that.
    economy = "一季度全市生产总值大幅下降6.7%，全年实现生产总值增长5%。"
    assert judged(economy + "居民人均可支配收入增长4.6%。") == (Verdict.DONE, "4.6%", 4.5)
    # Town and country given together or apart, a space before the figure: the slower decides.
    both = economy + "城乡居民人均可支配收入达到54448元和22791元，分别增长6.4%和4.3%。"
    assert judged(both) == (Verdict.SHORT, "4.3%", 4.5)
    apart = economy + "城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长 4%。"
    assert judged(apart) == (Verdict.SHORT, "4%", 4.5)
    # Not the economy per head, nor for part of the year; a fall is a growth below zero.
    parts = "前三季度地区生产总值增长8%，人均地区生产总值增长9%。地区生产总值下降2.3%。"
    parts += "研发经费支出占地区生产总值比重增长0.2%。"
    assert judged(parts + "居民人均可支配收入增长1%。") == (Verdict.DONE, "1%", -2.8)
    # A five-year average is no year's growth, nor another measure after the income's clause;
    # without the economy's growth nothing is said.
    assert judged(economy + "城乡居民人均可支配收入年均增长8%。")[0] is Verdict.NOT_REPORTED
    other = economy + "城乡居民收入稳步提高，社会消费品零售总额增长8%。"
    assert judged(other)[0] is Verdict.NOT_REPORTED
    assert judged("居民人均可支配收入增长6%。")[0] is Verdict.NOT_REPORTED


def test_each_member_of_a_list_beside_a_checkable_one_is_checked() -> None:
    """Members of one list are things of one kind: a short place name is checked where another
    member is checkable on its own (湾子街), but a two-character county or district (汉寿, 石门),
    which a review names for many other things, only beside another of its list."""
    text = (
        "区政府2026年第一季度重点工作安排\n一、城市更新\n"
        "1. 有序实施东关、南河下、仁丰里、湾子街等历史文化街区保护更新；"
        "推动汉寿、石门、临澧等县市园区进入全省30强。（责任单位：区住建委）\n"
    )
    promised = promises_of(load_bytes(text.encode(), "plan.txt").notice)
    beside = {p.object: p.beside for p in promised}
    assert beside["南河下"] == beside["仁丰里"] == beside["湾子街"] == ()
    assert "东关" not in beside and beside["石门"] == ("汉寿", "临澧")
    # Not a kind of the list's own kind (a 管 of the 管网 named after the list).
    text = (
        "区政府2026年第一季度重点工作安排\n一、城市更新\n"
        "1. 推进污水管、雨水管、燃气管网等老旧管网改造。（责任单位：区住建委）\n"
    )
    objects = [p.object for p in promises_of(load_bytes(text.encode(), "plan.txt").notice)]
    assert objects == ["燃气管网"]


def test_income_in_step_is_a_promise_of_the_years_targets_only() -> None:
    """A work report's paragraph of the year's targets promises income in step with the
    economy; a goal of the years ahead (今后五年…) does not."""
    text = (
        "市人民政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5%。\n"
        "二、2024年工作安排\n"
        "今后五年，城乡居民收入与经济发展同步增长。\n"
        "今年主要预期目标是：地区生产总值增长5%左右，居民人均可支配收入增长与经济增长基本同步。\n"
    )
    promised = [
        p.text for p in promises_of(load_bytes(text.encode(), "report.txt").notice) if p.in_step
    ]
    assert promised == ["居民人均可支配收入增长与经济增长基本同步"]


def test_figures_given_respectively_are_read_in_the_lists_order() -> None:
    """A figure is read where it stands (the 2.3% of another measure before the list is not
    this one's), and a list's measures take the figures after 分别 in their order, the member
    the plan names deciding (新开工 of 新投产、新开工、新引进亿元以上产业项目)."""
    review = (
        "一般公共预算收入同口径增长2.3%，固定资产投资、社会消费品零售总额分别增长10%和2.3%。"
        "新投产、新开工、新引进亿元以上产业项目分别达150个、220个、286个。"
    )
    said = assess_delivery(
        [
            target("固定资产投资增长7.5%"),
            target("社会消费品零售总额增长7%"),
            target("力争新开工亿元以上产业项目200个以上"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "10%"),
        (Verdict.SHORT, "2.3%"),
        (Verdict.DONE, "220个"),
    ]
    # Figures of mixed units keep their places; a 和 inside a measure's name parts nothing
    # (批发和零售业); a list of four is read from 分别, however far its last member stands.
    review = (
        "新建学校、新增学位分别达到12所和5000个。"
        "批发和零售业销售额、住宿和餐饮业营业额分别增长4%和8%。"
        "地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长5.2%、"
        "6.1%、8.3%和4.5%。"
    )
    said = assess_delivery(
        [
            target("新增学位6000个"),
            target("住宿和餐饮业营业额增长6%"),
            target("地区生产总值增长5%"),
            target("社会消费品零售总额增长5%"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.SHORT, "5000个"),
        (Verdict.DONE, "8%"),
        (Verdict.DONE, "5.2%"),
        (Verdict.SHORT, "4.5%"),
    ]


def test_a_terms_count_is_not_the_years() -> None:
    """A review paragraph of the whole term (过去五年…) gives the term's sums: no year's count is
    read there, but a count given for each year and a rate reached are."""
    text = (
        "市人民政府工作报告\n一、2020年和“十三五”时期工作回顾\n"
        "过去五年，是城乡面貌大蝶变的五年。新建改建干线公路620公里，每年新增就业岗位6万个，"
        "城镇化率达到56.2%。\n"
        "——城市环境逐步改善。五年来，新建改建干线公路300公里。\n"
        "2020年是“十三五”时期的收官之年。新建改建干线公路95公里。\n"
        "二、2021年工作安排\n新建改建干线公路80公里。\n"
    )
    review = load_bytes(text.encode(), "report.txt").notice
    term = [p.term for p in passages_of(review, 0) if "干线公路" in p.text]
    assert term == [True, True, False]
    sentences = passages_of(review, 0, sentences=True)
    said = assess_delivery(
        [target("新建改建干线公路80公里"), target("新增就业岗位5万个"), target("城镇化率达到56%")],
        passages_of(review, 0),
        sentences,
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "95公里"),
        (Verdict.DONE, "6万个"),
        (Verdict.DONE, "56.2%"),
    ]


def test_a_name_reworded_inside_is_found_by_its_head_and_kind() -> None:
    """A review keeps a name's head and kind and rewords between (浙大包头硅基材料协同创新中心 →
    浙大包头硅材料联合研究中心): found, marked as similar. Not where too little of it stands in
    order between (国家级制造业单项冠军企业 → 国家级企业技术中心), nor in a clause of what is
    lacking."""
    review = (
        "包头稀土研究院杭州分院、浙大包头硅材料联合研究中心等揭牌成立。"
        "天和磁材获批国家级企业技术中心。创新链产业链融合有待深化。"
        "包头市第九中学新校区建成投用。地铁5号线东延段开工建设。"
    )
    said = assess_delivery(
        [
            promise("浙大包头硅基材料协同创新中心", "推动浙大包头硅基材料协同创新中心落地", None),
            promise("国家级制造业单项冠军企业", "培育国家级制造业单项冠军企业", Stage.ADVANCE),
            promise("创新链产业链深度融合", "推动创新链产业链深度融合", Stage.ADVANCE),
            # Another school's number, another line's.
            promise("包头市第三中学新校区", "建成包头市第三中学新校区", Stage.COMPLETE),
            promise("地铁3号线东延段", "开工建设地铁3号线东延段", Stage.START),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, [(e.passage.text, e.similar) for e in a.evidence]) for a in said] == [
        (Verdict.DONE, [("包头稀土研究院杭州分院、浙大包头硅材料联合研究中心等揭牌成立", True)]),
        (Verdict.NOT_REPORTED, []),
        (Verdict.NOT_REPORTED, []),
        (Verdict.NOT_REPORTED, []),
        (Verdict.NOT_REPORTED, []),
    ]
    # A head and a kind too far apart name two things.
    name = "洞庭湖北部地区分片补水二期"
    near = PassageIndex(passages("洞庭湖北部补水二期工程建成受益"))
    far = PassageIndex(passages("洞庭湖北部水系连通和城乡供水一体化等民生工程补水二期建成"))
    assert most_alike_in_order(name, near) is not None
    assert most_alike_in_order(name, far) is None


def test_a_figure_of_another_span_is_not_the_years() -> None:
    """年均 or 累计 right before a measure (its action between) gives another span's figure, as
    年均 before 分别 does; 累计 after 今年以来 or a month's end in its sentence is the year to date,
    not after 党的十八大以来 or 截至年底 (a stock). A concentration's 年均 is the year's."""
    review = (
        "累计实施重大项目2659个。城乡居民人均可支配收入年均分别增长8%和9%。"
        "今年以来，累计新增就业6万人。党的十八大以来累计新增城镇就业50万人。"
        "截至年底，累计建成5G基站1.2万个。PM2.5年均浓度为30微克/立方米。"
    )
    said = assess_delivery(
        [
            target("实施重大项目500个"),
            target("城乡居民人均可支配收入增长7%"),
            target("新增就业5万人"),
            target("新增城镇就业10万人"),
            target("建成5G基站3000个"),
            target("PM2.5年均浓度控制在35微克/立方米以内"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.DONE, "6万人"),
        (Verdict.NOT_REPORTED, None),
        (Verdict.NOT_REPORTED, None),
        (Verdict.DONE, "30微克/立方米"),
    ]


def test_a_qualifier_listed_before_a_shared_measure_takes_its_place_where_the_plan_names_it() -> (
    None
):
    """城镇和农村居民人均可支配收入分别增长5%和8%: the plan's 农村居民人均可支配收入 is the second
    figure, its 城镇居民… the first; a measure naming neither part reads the first."""
    review = (
        "城镇和农村居民人均可支配收入分别增长5%和8%。二氧化硫和化学需氧量排放量分别下降3%和4%。"
    )
    said = assess_delivery(
        [
            target("农村居民人均可支配收入增长7%"),
            target("城镇居民人均可支配收入增长7%"),
            target("化学需氧量排放量下降2%"),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [a.reported.text if a.reported else None for a in said] == ["8%", "5%", "4%"]


def test_a_number_naming_one_of_a_kind_is_matched_whole() -> None:
    """3号线 is not found in 13号线 (nor in the 3 of 3个站点), 二期 not in 十二期, 第三中学 not in
    第三十中学."""
    review = "地铁13号线开工建设3个站点。滨江公园十二期建成开放。第三十中学新校区投用。"
    said = assess_delivery(
        [
            promise("地铁3号线", "开工建设地铁3号线", Stage.START),
            promise("滨江公园二期", "建成滨江公园二期", Stage.COMPLETE),
            promise("第三中学新校区", "建成第三中学新校区", Stage.COMPLETE),
        ],
        passages(review),
        passages(review, r"[^；。]+"),
    )
    assert [a.verdict for a in said] == [Verdict.NOT_REPORTED] * 3


def test_income_in_step_follows_what_the_plan_part_looks_at() -> None:
    """The year's targets may be announced as 主要目标 after 今年, or in a paragraph of 全年; the
    five years' 主要目标 after a 今后五年 paragraph are not the year's."""

    def in_step_promises(plan: str) -> list[str]:
        text = (
            "市人民政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5%。\n"
            "二、2024年工作安排\n" + plan
        )
        notice = load_bytes(text.encode(), "report.txt").notice
        return [p.text for p in promises_of(notice) if p.in_step]

    goal = "居民人均可支配收入增长与经济增长基本同步"
    assert in_step_promises(f"今年经济社会发展的主要目标是：地区生产总值增长7.5%左右，{goal}。\n")
    assert in_step_promises(f"全年城镇新增就业20万人，{goal}。\n")
    assert in_step_promises(f"2024年经济社会发展的主要目标是：地区生产总值增长5%，{goal}。\n")
    assert in_step_promises(f"今年是“十四五”时期的关键之年。主要目标是：{goal}。\n")
    ahead = "今后五年，是加快发展的关键期。\n经济社会发展的主要目标是：人均地区生产总值达到10万元，"
    assert in_step_promises(f"{ahead}{goal}。\n") == []
    assert in_step_promises(f"{goal}。\n") == []  # nothing said of when


def test_income_in_step_reads_the_growth_after_its_level_and_for_the_whole_year() -> None:
    """The growth may follow the level across two commas (突破4万亿元大关，达到4.32万亿元，
    增长8.1%) or 均比上年; a part of the year in a short clause opening the sentence (1—11月，)
    is no year's growth; a fall is written with its sign; one sentence holding both growths is
    one piece of evidence."""
    promised = [in_step("居民人均可支配收入增长与经济增长基本同步")]

    def judged(review: str) -> tuple[Verdict, str | None, str | None, int]:
        (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
        reported = said.reported.text if said.reported else None
        return said.verdict, reported, said.target.text if said.target else None, len(said.evidence)

    levels = "全市生产总值突破4万亿元大关，达到4.32万亿元，增长8.1%。"
    income = "城市和农村居民家庭人均可支配收入分别达到3.62万元和1.56万元，均比上年增长8%。"
    verdict, reported, held, pieces = judged(levels + income)
    assert (verdict, reported, pieces) == (Verdict.DONE, "8%", 2)
    assert held is not None and "8.1%" in held
    part = "1—11月，地区生产总值增长9%。地区生产总值下降2.3%，居民人均可支配收入增长1%。"
    verdict, reported, held, pieces = judged(part)
    assert (verdict, reported, pieces) == (Verdict.DONE, "1%", 1)
    assert held is not None and "-2.3%" in held
    # A clause opening the sentence with more than a period does not make the year's growth one.
    shock = "一季度受疫情冲击，全年地区生产总值增长5%，居民人均可支配收入增长5.5%。"
    assert judged(shock)[:2] == (Verdict.DONE, "5.5%")


def test_a_term_paragraph_is_known_by_its_first_clause() -> None:
    """The term opens the paragraph (5年来, 过去的五年, after 各位代表 or a heading of its own);
    a paragraph opening with its year, or naming the term further on, reviews the year. A term's
    change in points and its growths are no year's."""
    text = (
        "市人民政府工作报告\n一、2020年和“十三五”时期工作回顾\n"
        "——经济实力跃上新台阶。5年来，城镇化率提高5.2个百分点，地区生产总值增长8%。\n"
        "各位代表，过去的五年，成绩来之不易。\n"
        "各位代表，2020年是“十三五”时期的收官之年，城镇化率提高1个百分点。\n"
        "一年来，“十三五”时期目标任务胜利完成，居民人均可支配收入增长6%。\n"
        "二、2021年工作安排\n城镇化率提高0.5个百分点。\n"
    )
    review = load_bytes(text.encode(), "report.txt").notice
    term = [p.term for p in passages_of(review, 0, sentences=True) if "地区" not in p.text]
    assert term[:2] == [True, True] and not any(term[2:])
    said = assess_delivery(
        [target("城镇化率提高0.5个百分点"), in_step("居民人均可支配收入增长与经济增长同步")],
        passages_of(review, 0),
        passages_of(review, 0, sentences=True),
    )
    # The year's 1 point, not the term's 5.2; the term's growth of the economy is no year's.
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "1个百分点"),
        (Verdict.NOT_REPORTED, None),
    ]


def test_a_list_members_kind_is_the_kind_the_list_names() -> None:
    """A member is left out as a sub-kind only by the kind word after the list (管 of 管网), not
    by any character after it (the 下 of 地下 is no kind of 街区)."""
    text = (
        "区政府2026年第一季度重点工作安排\n一、城市更新\n"
        "1. 实施东关、南河下、仁丰里、湾子街等历史文化街区保护更新并推进地下空间利用。"
        "（责任单位：区住建委）\n"
    )
    objects = [p.object for p in promises_of(load_bytes(text.encode(), "plan.txt").notice)]
    assert "南河下" in objects


def test_a_short_list_member_is_found_beside_another_of_its_list() -> None:
    """Two-character members (汉寿、石门、临澧等县市园区) are checked one by one only where a
    review names one beside another of the list and with a word of what the plan says of it
    (园区); a passage naming two of them for something else reports nothing of the promise."""
    text = (
        "区政府2026年第一季度重点工作安排\n一、园区\n"
        "1. 推动汉寿、石门、临澧等县市园区进入全省30强。（责任单位：区发改委）\n"
    )
    promised = [
        p for p in promises_of(load_bytes(text.encode(), "plan.txt").notice) if p.object == "汉寿"
    ]
    assert [p.beside for p in promised] == [("石门", "临澧")]
    elsewhere = (
        "汉寿、石门获批全国乡镇保障性租赁住房试点。汉寿、石门入选全省乡村振兴示范县。"
        "汉寿、石门等地遭受洪涝灾害。"
    )
    reported = "汉寿、石门等园区进入全省30强。"
    for review, verdict in ((elsewhere, Verdict.NOT_REPORTED), (reported, Verdict.DONE)):
        (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
        assert said.verdict is verdict, review


def test_a_review_part_titled_for_the_term_reviews_the_term_until_a_year_opens() -> None:
    """Under 过去五年工作回顾 every paragraph sums the term, whatever its heading, until one
    opens with its year (各位代表，2016年是本届政府收官之年); a count given for each year after its
    measure (淘汰落后产能每年1000项) is the year's all the same."""
    text = (
        "市人民政府工作报告\n一、过去五年工作回顾\n五年来，我们重点做了以下工作。\n"
        "二、创新驱动成效显著\n建成区区对接道路61条，淘汰落后产能每年1000项左右。\n"
        "三、2016年工作回顾\n各位代表，2016年是本届政府收官之年。建成区区对接道路12条。\n"
        "四、2017年主要任务\n建成区区对接道路10条。\n"
    )
    review = load_bytes(text.encode(), "report.txt").notice
    term = [p.term for p in passages_of(review, 0, sentences=True) if "对接道路" in p.text]
    assert term == [True, False]
    # A part titled with its year turns to the year whatever its paragraph opens with; 2020年以来
    # covers several years and turns nothing.
    text = (
        "市人民政府工作报告\n一、过去五年工作回顾\n五年来，我们重点做了以下工作。\n"
        "二、创新驱动成效显著\n2020年以来，建成区区对接道路61条。\n"
        "三、2016年工作回顾\n刚刚过去的一年，建成区区对接道路12条。\n"
        "四、2017年主要任务\n建成区区对接道路10条。\n"
    )
    turned = load_bytes(text.encode(), "report.txt").notice
    term = [p.term for p in passages_of(turned, 0, sentences=True) if "对接道路" in p.text]
    assert term == [True, False]
    said = assess_delivery(
        [target("建成区区对接道路10条"), target("淘汰落后产能1000项")],
        passages_of(review, 0),
        passages_of(review, 0, sentences=True),
    )
    assert [(a.verdict, a.reported.text if a.reported else None) for a in said] == [
        (Verdict.DONE, "12条"),
        (Verdict.DONE, "1000项"),
    ]


def test_a_count_before_the_name_is_the_names_figure() -> None:
    """A review counts a named thing before its name as often as after it (新改（扩）建8座污水处理厂
    for 建设14座污水处理厂): short, with both figures; not a count standing further off."""
    text = (
        "区政府2026年第一季度重点工作安排\n一、环境\n"
        "1. 建设14座污水处理厂。（责任单位：区水务局）\n"
    )
    promised = [p for p in promises_of(load_bytes(text.encode(), "plan.txt").notice) if p.object]
    assert [(p.object, [t.text for t in p.targets]) for p in promised] == [
        ("14座污水处理厂", ["14座"])
    ]
    for review, reported in (
        ("新改（扩）建8座污水处理厂。", "8座"),
        ("新建8座泵站，污水处理厂提标改造完成。", None),
    ):
        (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
        assert (said.reported.text if said.reported else None) == reported, review


def test_a_line_is_found_without_the_section_promised() -> None:
    """A review names a line without the section the plan promised (345国道市经开区段 →
    345国道改扩建…加快推进: in progress); not where it names another section of it."""
    assert search_keys("345国道市经开区段")[-1] == "345国道"
    assert search_keys("北沿江高速铁路扬州段")[-1] == "北沿江高速铁路"
    for name in ("345国道市经开区段", "345国道（市经开区段）"):
        promised = [promise(name, f"建成{name}", Stage.COMPLETE)]
        for review, verdict in (
            ("345国道改扩建、扬子津路西延二期等加快推进。", Verdict.IN_PROGRESS),
            ("345国道仪征段建成通车。", Verdict.NOT_REPORTED),
        ):
            (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
            assert said.verdict is verdict, (name, review)


def test_the_second_reviews_cases() -> None:
    """Inputs a review found wrong: a count before a name with a break between is another
    thing's; 截至2023年11月底 is the year to date; a period opening the sentence with its
    year (今年前三季度，) is a part of the year; 3号线 stands in 3、5号线; a 阶段 is no
    section."""
    measured = [
        promise("截污管网", "建设截污管网", Stage.ADVANCE),
    ]
    measured = [replace(measured[0], targets=target("建设截污管网10公里").targets)]
    review = "河道清淤8.5公里、截污管网建设加快推进。"
    (said,) = assess_delivery(measured, passages(review), passages(review, r"[^；。]+"))
    assert said.reported is None
    review = "截至2023年11月底，累计新增就业6万人。"
    (said,) = assess_delivery(
        [target("新增就业5万人")], passages(review), passages(review, r"[^；。]+")
    )
    assert said.reported is not None and said.reported.text == "6万人"
    steady = [in_step("居民人均可支配收入增长与经济增长基本同步")]
    review = (
        "今年前三季度，地区生产总值增长9%。全年地区生产总值增长5%，居民人均可支配收入增长5.5%。"
    )
    (said,) = assess_delivery(steady, passages(review), passages(review, r"[^；。]+"))
    assert said.target is not None and "5%" in said.target.text and "9%" not in said.target.text
    (said,) = assess_delivery(
        [promise("地铁3号线", "开工建设地铁3号线", Stage.START)],
        passages("地铁3、5号线开工建设。"),
        passages("地铁3、5号线开工建设。", r"[^；。]+"),
    )
    assert said.verdict is Verdict.DONE
    line = [promise("345国道市经开区段", "建成345国道市经开区段", Stage.COMPLETE)]
    review = "345国道改扩建工程取得阶段性进展。"
    (said,) = assess_delivery(line, passages(review), passages(review, r"[^；。]+"))
    assert said.verdict is Verdict.IN_PROGRESS


def test_the_years_ahead_and_a_years_own_frame() -> None:
    """The goals of 到2025年 are no year's; 明年是“十四五”时期的开局之年 frames the year."""
    goal = "居民人均可支配收入增长与经济增长基本同步"

    def in_step_promises(plan: str) -> list[str]:
        text = (
            "市人民政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5%。\n二、工作安排\n"
            + plan
        )
        return [p.text for p in promises_of(load_bytes(text.encode(), "r.txt").notice) if p.in_step]

    assert in_step_promises(f"到2025年的主要目标是：{goal}。\n") == []
    assert in_step_promises(f"明年是“十四五”时期的开局之年。主要目标是：{goal}。\n")


def test_a_count_right_before_a_measure_is_its_figure() -> None:
    """621个重大项目竣工310个: the 621 counts the projects, the 310 their completions; the
    passage shown starts at the count."""
    review = "621个重大项目竣工310个、完成投资2064.5亿元。"
    (said,) = assess_delivery(
        [target("实施重大项目600个以上")], passages(review), passages(review, r"[^；。]+")
    )
    assert (said.verdict, said.reported.text if said.reported else None) == (Verdict.DONE, "621个")
    assert said.evidence[0].passage.text.startswith("621个重大项目")


def test_a_rate_of_completion_short_of_all_is_progress() -> None:
    """完成率85% takes a completion back as 完成85% does; 完成100% does not."""
    promised = [promise("广佛跨界河涌", "完成广佛跨界河涌治理", Stage.COMPLETE)]
    for review, verdict in (
        ("广佛跨界河涌整治工程完成率85%。", Verdict.IN_PROGRESS),
        ("广佛跨界河涌整治工程完成100%。", Verdict.DONE),
    ):
        (said,) = assess_delivery(promised, passages(review), passages(review, r"[^；。]+"))
        assert said.verdict is verdict, review
