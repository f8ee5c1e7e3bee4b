"""Hostile files (issue 15, items 3 and 14): memory bombs and slow refusals.

Every file here is built at run time, small on disk however large it claims or inflates to,
and given to `python -m qdiff` in a child process. The child's time and peak memory are
measured (its own rusage, from `os.wait4`), and each refusal must be one line on stderr
starting `Error:`, a non-zero exit, within 10 seconds and 300 MB. The child also runs under an
address-space limit, so that a regression fails the test instead of taking the machine's memory.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from qdiff.errors import InputError
from qdiff.parsing import MAX_NOTICE_CHARACTERS
from qdiff.reading import read_bytes
from qdiff.reading.messages import (
    MAX_DOCX_MEMBERS,
    MAX_DOCX_PART_BYTES,
    MAX_DOCX_XML_BYTES,
    MAX_DOCX_XML_TAGS,
    MAX_HTML_BYTES,
    MAX_HTML_TAGS,
    MAX_PDF_PAGES,
    MEGABYTE,
)

ROOT = Path(__file__).resolve().parent.parent.parent
FORMATS = ROOT / "fixtures" / "formats"
SEED = ROOT / "fixtures" / "yangpu_2021Q1.txt"

SECONDS = 10
PEAK_MB = 300
# A regression must fail the test, not exhaust a shared machine: the child may map this much.
ADDRESS_SPACE = 3 * 1024 * MEGABYTE


# --- running qdiff and measuring it -----------------------------------------------------------


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float
    killed: bool

    def __str__(self) -> str:
        state = "killed at the timeout" if self.killed else f"exit {self.returncode}"
        return f"{state}, {self.seconds:.1f} s, {self.peak_mb:.0f} MB peak; stderr: {self.stderr!r}"


# The child is started by this small launcher, not forked from pytest: a child's peak RSS
# (ru_maxrss) counts the pages it had before exec, and a child forked from pytest has all of
# pytest's (100–200 MB once the tests have built their files). The launcher is a bare Python
# (~10 MB); it limits the child's address space, kills it at the timeout, and writes what
# wait4 says of it: exit status, wall time, peak RSS.
LAUNCHER = """
import os, resource, sys, time
report, timeout, limit, *command = sys.argv[1:]
start = time.monotonic()
pid = os.fork()
if pid == 0:
    resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
    os.execv(command[0], command)
killed = False
while True:
    done, status, usage = os.wait4(pid, os.WNOHANG)
    if done:
        break
    if time.monotonic() - start > float(timeout):
        os.kill(pid, 9)
        killed = True
        done, status, usage = os.wait4(pid, 0)
        break
    time.sleep(0.02)
seconds = time.monotonic() - start
with open(report, "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {seconds} {usage.ru_maxrss} {int(killed)}")
"""


def run_qdiff(*args: str, timeout: float = 3 * SECONDS) -> Run:
    """`python -m qdiff ARGS` in a child process: its exit, output, wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        out, err, report = (Path(folder) / name for name in ("out", "err", "report"))
        command = [sys.executable, "-m", "qdiff", *args]
        with out.open("wb") as stdout, err.open("wb") as stderr:
            subprocess.run(
                [sys.executable, "-c", LAUNCHER, str(report), str(timeout), str(ADDRESS_SPACE),
                 *command],
                stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, cwd=ROOT, check=True,
                timeout=timeout + SECONDS,
            )  # fmt: skip
        returncode, seconds, peak_kb, killed = report.read_text().split()
        return Run(
            int(returncode),
            out.read_text(encoding="utf-8", errors="replace"),
            err.read_text(encoding="utf-8", errors="replace"),
            float(seconds),
            int(peak_kb) / 1024,  # kilobytes on Linux
            killed == "1",
        )


def assert_refused(run: Run, message: str) -> None:
    """One line on stderr matching `message` (a regex), a non-zero exit, within the bounds."""
    assert not run.killed, str(run)
    assert run.returncode != 0, str(run)
    assert "Traceback" not in run.stderr, str(run)
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("Error: "), str(run)
    assert re.search(message, run.stderr), str(run)
    assert run.seconds <= SECONDS, str(run)
    assert run.peak_mb <= PEAK_MB, str(run)


def assert_within_bounds(run: Run) -> None:
    assert not run.killed, str(run)
    assert "Traceback" not in run.stderr, str(run)
    assert run.seconds <= SECONDS, str(run)
    assert run.peak_mb <= PEAK_MB, str(run)


# --- building ZIP packages byte by byte --------------------------------------------------------


def deflate_runs(*runs: tuple[bytes, int]) -> bytes:
    """Raw DEFLATE of each chunk repeated its number of times, all in one stream.

    A chunk is compressed once: a full flush ends a self-contained run of blocks (byte-aligned,
    no reference back), so repeating those bytes is a valid stream of the chunk repeated. A
    400 MB member costs a millisecond to build.
    """
    out = []
    for chunk, times in runs:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        out.append((compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)) * times)
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush())  # the final, empty block
    return b"".join(out)


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes  # raw DEFLATE
    crc: int
    size: int  # as declared in the headers, true or not


def member(name: str, *runs: tuple[bytes, int], declared: int | None = None) -> Member:
    crc = 0
    for chunk, times in runs:
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
    size = sum(len(chunk) * times for chunk, times in runs)
    return Member(name, deflate_runs(*runs), crc, size if declared is None else declared)


def write_zip(members: list[Member]) -> bytes:
    """A ZIP file of DEFLATE members, with the ZIP64 end records past 65,535 members."""
    local, central = bytearray(), bytearray()
    for item in members:
        name = item.name.encode("utf-8")
        offset = len(local)
        fields = (item.crc, len(item.data), item.size, len(name))
        local += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, *fields, 0)
        local += name + item.data
        central += struct.pack(
            "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, *fields, 0, 0, 0, 0, 0, offset
        )
        central += name
    count, where = len(members), len(local)
    end = b""
    if count > 0xFFFF:
        end += struct.pack(
            "<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(central), where
        )
        end += struct.pack("<4sIQI", b"PK\x06\x07", 0, where + len(central), 1)
        count = 0xFFFF
    end += struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(central), where, 0)
    return bytes(local + central + end)


def real_docx_with(*replacements: Member, extra: tuple[Member, ...] = ()) -> bytes:
    """The real notice's .docx, with some members replaced and others added."""
    replacing = {item.name: item for item in replacements}
    with zipfile.ZipFile(FORMATS / "yangpu_2021Q1.docx") as package:
        members = [
            replacing.get(info.filename) or member(info.filename, (package.read(info), 1))
            for info in package.infolist()
        ]
    return write_zip([*members, *extra])


W_NAMESPACE = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def inflating_xml(name: str, root: bytes, repeated: bytes, megabytes: int) -> Member:
    """A well-formed XML part that inflates to `megabytes` of `repeated` under `root`."""
    times = megabytes * MEGABYTE // len(repeated)
    head = XML_DECLARATION + b"<w:" + root + b" " + W_NAMESPACE + b">"
    return member(name, (head, 1), (repeated, times), (b"</w:" + root + b">", 1))


PARAGRAPHS = b"<w:p><w:r><w:t>\xe4\xb8\x80</w:t></w:r></w:p>" * 1000  # 一, a thousand times


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- item 3: .docx memory bombs -----------------------------------------------------------------

# Each inflates to 400 MB of well-formed XML: (root element, what repeats under it).
BOMBS = {
    "word/document.xml": (b"document", b"<w:body>" + PARAGRAPHS * 4 + b"</w:body>"),
    "word/styles.xml": (b"styles", b'<w:style w:type="paragraph" w:styleId="a"/>' * 800),
    "word/numbering.xml": (
        b"numbering",
        b'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' * 500,
    ),
}


@pytest.mark.parametrize("part", sorted(BOMBS))
def test_a_docx_part_inflating_to_400_mb_is_refused_as_soon_as_it_passes_its_limit(
    tmp_path: Path, part: str
) -> None:
    """Issue 15 item 3: a 1.3 MB .docx whose document.xml unpacks to 400 MB (under the old 512 MB
    limit on the sum of declared sizes) took 6.1 GB and over 300 s."""
    root, repeated = BOMBS[part]
    path = write(tmp_path, "bomb.docx", real_docx_with(inflating_xml(part, root, repeated, 400)))
    assert os.path.getsize(path) < 3 * MEGABYTE
    limit = MAX_DOCX_PART_BYTES // MEGABYTE
    assert_refused(
        run_qdiff("parse", path),
        rf"^Error: {re.escape(path)} is a \.docx whose {re.escape(part)} unpacks to more than "
        rf"{limit} MB; ",
    )


def test_a_docx_whose_sizes_lie_is_refused_without_inflating_its_data(tmp_path: Path) -> None:
    """Issue 15 item 3: the central directory says document.xml is 20 KB, its data inflates to
    650 MB of zeros. zipfile inflates a member's data whole before it cuts it to the declared
    size: 1.3 GB before the refusal."""
    zeros = member("word/document.xml", (b"\0" * MEGABYTE, 650), declared=20_000)
    path = write(tmp_path, "liar.docx", real_docx_with(zeros))
    assert os.path.getsize(path) < MEGABYTE
    assert_refused(run_qdiff("parse", path), r"is a damaged \.docx that cannot be read; ")


def test_a_docx_whose_xml_parts_together_pass_the_limit_is_refused(tmp_path: Path) -> None:
    """Forty page headers of 4 MB of text each, every one under the limit for a part (and few
    tags): python-docx parses every header the document relates, 160 MB of XML in all."""
    count, each = 40, MAX_DOCX_PART_BYTES // MEGABYTE - 1
    with zipfile.ZipFile(FORMATS / "yangpu_2021Q1.docx") as package:
        relations = package.read("word/_rels/document.xml.rels")
        types = package.read("[Content_Types].xml")
    header = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
    header_type = b"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    relations = relations.replace(
        b"</Relationships>",
        b"".join(
            b'<Relationship Id="rIdH%d" Type="%s" Target="header%d.xml"/>' % (i, header, i)
            for i in range(count)
        )
        + b"</Relationships>",
    )
    types = types.replace(
        b"</Types>",
        b"".join(
            b'<Override PartName="/word/header%d.xml" ContentType="%s"/>' % (i, header_type)
            for i in range(count)
        )
        + b"</Types>",
    )
    text = b"<w:p><w:r><w:t>" + "一二三四五六七八九十".encode() * 100 + b"</w:t></w:r></w:p>"
    headers = tuple(inflating_xml(f"word/header{i}.xml", b"hdr", text, each) for i in range(count))
    data = real_docx_with(
        member("word/_rels/document.xml.rels", (relations, 1)),
        member("[Content_Types].xml", (types, 1)),
        extra=headers,
    )
    path = write(tmp_path, "headers.docx", data)
    limit = MAX_DOCX_XML_BYTES // MEGABYTE
    assert_refused(
        run_qdiff("parse", path),
        rf"is a \.docx whose XML parts unpack to more than {limit} MB together; ",
    )


def document_xml(paragraph: bytes, times: int) -> Member:
    head = XML_DECLARATION + b"<w:document " + W_NAMESPACE + b"><w:body>"
    return member(
        "word/document.xml", (head, 1), (paragraph, times), (b"</w:body></w:document>", 1)
    )


def test_a_docx_of_tiny_paragraphs_is_refused_by_its_count_of_tags(tmp_path: Path) -> None:
    """Under the byte limits, 4 MB of empty paragraphs (<w:p/>, 700,000 of them) took 24 s and
    245 MB: a paragraph costs the same however little it holds."""
    path = write(tmp_path, "empty.docx", real_docx_with(document_xml(b"<w:p/>", 700_000)))
    assert_refused(
        run_qdiff("parse", path),
        rf"is a \.docx whose XML parts hold more than {MAX_DOCX_XML_TAGS:,} tags together; ",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        b"<w:p/>",
        pytest.param(PARAGRAPHS[: len(PARAGRAPHS) // 1000], marks=pytest.mark.long),
        pytest.param(b"<w:tbl><w:tr>" + b"<w:tc><w:p/></w:tc>" * 5 + b"</w:tr></w:tbl>",
                     marks=pytest.mark.long),
    ],
)  # fmt: skip
def test_a_docx_just_under_the_limit_on_tags_is_read_within_bounds(
    tmp_path: Path, paragraph: bytes
) -> None:
    """As many tags as allowed, in the shapes that cost most per tag (empty paragraphs first)."""
    with zipfile.ZipFile(FORMATS / "yangpu_2021Q1.docx") as package:
        others = sum(
            package.read(info).count(b"<")
            for info in package.infolist()
            if info.filename.endswith((".xml", ".rels")) and info.filename != "word/document.xml"
        )
    times = (MAX_DOCX_XML_TAGS - others - 10) // paragraph.count(b"<")
    path = write(tmp_path, "full.docx", real_docx_with(document_xml(paragraph, times)))
    assert_within_bounds(run_qdiff("parse", path))


def test_a_docx_with_half_a_million_members_is_refused_before_zipfile_lists_them(
    tmp_path: Path,
) -> None:
    """zipfile keeps an object for every member it lists: 550,000 empty members (46 MB, under
    the input limit) took 19 s and 350 MB to open."""
    empty = deflate_runs()
    filler = [Member(f"{i:x}", empty, 0, 0) for i in range(550_000)]
    path = write(tmp_path, "crowded.docx", real_docx_with(extra=tuple(filler)))
    assert_refused(
        run_qdiff("parse", path),
        rf"is a ZIP or \.docx of more than {MAX_DOCX_MEMBERS:,} parts; ",
    )


def test_an_image_inflating_to_400_mb_is_never_unpacked_and_the_notice_reads(
    tmp_path: Path,
) -> None:
    """Images, fonts and embedded files are never read for the text, so they are not unpacked:
    python-docx used to hold every related part in memory (830 MB here)."""
    with zipfile.ZipFile(FORMATS / "yangpu_2021Q1.docx") as package:
        relations = package.read("word/_rels/document.xml.rels")
        types = package.read("[Content_Types].xml")
    image = (
        b'<Relationship Id="rId99" Target="media/image1.png" Type="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships/image"/></Relationships>'
    )
    relations = relations.replace(b"</Relationships>", image)
    types = types.replace(
        b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>'
    )
    data = real_docx_with(
        member("word/_rels/document.xml.rels", (relations, 1)),
        member("[Content_Types].xml", (types, 1)),
        extra=(member("word/media/image1.png", (b"\0" * MEGABYTE, 400)),),
    )
    path = write(tmp_path, "photo.docx", data)
    run = run_qdiff("parse", path)
    assert run.returncode == 0, str(run)
    assert run.stdout.startswith("关于印发区政府2021年第一季度工作要点的通知"), run.stdout[:200]
    assert_within_bounds(run)


def test_the_real_files_are_far_under_the_limits() -> None:
    """The limits leave a wide margin over real files: ten times for the bytes of a .docx's
    parts and of a page, over ten for tags, a hundred for members."""
    for path in sorted((ROOT / "fixtures").rglob("*.docx")):
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            xml = [
                package.read(info) for info in infos if info.filename.endswith((".xml", ".rels"))
            ]
        assert max(info.file_size for info in infos) * 10 < MAX_DOCX_PART_BYTES, path
        assert sum(map(len, xml)) * 10 < MAX_DOCX_XML_BYTES, path
        assert sum(part.count(b"<") for part in xml) * 10 < MAX_DOCX_XML_TAGS, path
        assert len(infos) * 100 < MAX_DOCX_MEMBERS, path
    for path in sorted((ROOT / "fixtures").rglob("*.html")):
        data = path.read_bytes()
        # The fixture pages are small; a real saved page is 100–500 KB with a few thousand tags.
        assert len(data) * 10 < MAX_HTML_BYTES and data.count(b"<") * 10 < MAX_HTML_TAGS, path


# --- item 3: web pages ----------------------------------------------------------------------------

PAGE_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>关于印发的通知</title></head>"
    "<body><div class='content'>"
)


def html_page(filler: str, size: int) -> bytes:
    head, tail = PAGE_HEAD.encode("utf-8"), b"</div></body></html>"
    chunk = filler.encode("utf-8")
    return head + chunk * ((size - len(head) - len(tail)) // len(chunk)) + tail


def test_a_49_mb_web_page_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """Issue 15 item 3: a 49 MB page used 2 GB."""
    path = write(tmp_path, "huge.html", html_page("<p>一、常态化疫情防控</p>\n", 49 * MEGABYTE))
    limit = MAX_HTML_BYTES // MEGABYTE
    assert_refused(
        run_qdiff("parse", path),
        rf"^Error: {re.escape(path)} is a web page of 49\.0 MB, over qdiff's limit of {limit} MB "
        r"for a page; ",
    )


def test_a_web_page_of_tiny_elements_is_refused_by_its_count_of_tags(tmp_path: Path) -> None:
    """Under the byte limit, but 600,000 <br> (4 MB) took 330 MB to parse and walk."""
    path = write(tmp_path, "lines.html", html_page("一<br>", 4 * MEGABYTE))
    assert_refused(
        run_qdiff("parse", path),
        rf"is a web page of [\d,]+ tags, over qdiff's limit of {MAX_HTML_TAGS:,}; ",
    )


@pytest.mark.parametrize(
    "filler",
    [
        "一<br>",
        pytest.param("<p>一、常态化疫情防控</p>\n", marks=pytest.mark.long),
        pytest.param("<b>一</b>", marks=pytest.mark.long),
        pytest.param("<i></i>", marks=pytest.mark.long),
        pytest.param("<tr><td>一</td><td>二</td></tr>", marks=pytest.mark.long),
    ],
)
def test_a_web_page_just_under_both_limits_is_read_within_bounds(
    tmp_path: Path, filler: str
) -> None:
    """The worst shapes a page under the limits can take: as many tags as allowed, as many
    bytes as allowed (the rest of the bytes in one paragraph of text)."""
    tags = filler.count("<")
    repeats = (MAX_HTML_TAGS - 100) // tags
    head, tail = PAGE_HEAD.encode("utf-8"), b"</div></body></html>"
    body = filler.encode("utf-8") * repeats
    room = MAX_HTML_BYTES - len(head) - len(tail) - len(body) - 100
    text = ("又" * (room // 3)).encode("utf-8")
    data = head + body + text + tail
    assert MAX_HTML_BYTES - 1000 < len(data) <= MAX_HTML_BYTES
    path = write(tmp_path, "full.html", data)
    assert_within_bounds(run_qdiff("parse", path))


# --- item 14: PDFs of many pages ----------------------------------------------------------------


def pdf_of_pages(pages: int, text: str) -> bytes:
    """A PDF of `pages` pages, each showing `text` (ASCII) in Helvetica: one page object that
    the page tree lists `pages` times, so that 100,000 pages take half a second to build."""
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 4 Tf 10 800 Td ({text}) Tj ET".encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(content)
    for _ in range(pages - 1):
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_of_100000_pages_is_refused_from_its_page_count(tmp_path: Path) -> None:
    """Issue 15 item 14: every page was extracted before the character limit refused the text
    (here 40 s; 113–203 s and 600 MB with a page object per page)."""
    path = write(tmp_path, "pages.pdf", pdf_of_pages(100_000, "qdiff page"))
    assert_refused(
        run_qdiff("parse", path),
        rf"^Error: {re.escape(path)} is a PDF of 100,000 pages, over qdiff's limit of "
        rf"{MAX_PDF_PAGES:,}; ",
    )


def test_a_pdf_over_the_character_limit_stops_being_read_at_the_limit(tmp_path: Path) -> None:
    """Fewer pages than the page limit, each holding 5,000 characters: reading stops at the
    page that passes the character limit instead of extracting all of them."""
    pages = MAX_PDF_PAGES - 100
    line = "x" * 5_000
    data = pdf_of_pages(pages, line)
    with pytest.raises(InputError, match=r"^many\.pdf holds more than 1,000,000 characters"):
        read_bytes(data, "many.pdf")
    path = write(tmp_path, "many.pdf", data)
    assert_refused(
        run_qdiff("parse", path),
        rf"holds more than {MAX_NOTICE_CHARACTERS:,} characters in its first \d+ pages",
    )


def test_a_pdf_whose_page_count_lies_is_still_refused_within_bounds(tmp_path: Path) -> None:
    """/Count says 5; the page tree lists 100,000 pages."""
    data = pdf_of_pages(100_000, "qdiff page")
    data = re.sub(rb"/Count 100000", b"/Count 5     ", data, count=1)
    path = write(tmp_path, "liar.pdf", data)
    assert_refused(
        run_qdiff("parse", path),
        rf"^Error: {re.escape(path)} is a PDF whose page tree is larger than qdiff's limit of "
        rf"{MAX_PDF_PAGES:,} pages; ",
    )


# --- item 14: things that are not files -----------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[str]:
    path = tmp_path / "notice.txt"
    os.mkfifo(path)
    yield str(path)


def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo: str) -> None:
    """Issue 15 item 14: opening a FIFO blocks until something writes to it: forever."""
    assert_refused(
        run_qdiff("parse", fifo),
        rf"^Error: {re.escape(fifo)} is a named pipe \(FIFO\), not a regular file; ",
    )


def test_archiving_a_fifo_is_refused_without_waiting_for_a_writer(
    fifo: str, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    run = run_qdiff("--db", database, "archive", fifo)
    assert_refused(run, rf"^Error: {re.escape(fifo)} is a named pipe \(FIFO\), not a regular file")


def test_a_symbolic_link_to_a_fifo_is_refused(fifo: str, tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(fifo)
    assert_refused(run_qdiff("parse", str(link)), r"is a named pipe \(FIFO\), not a regular file")


def test_a_character_device_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A device like /dev/zero never ends; qdiff reads regular files and standard input."""
    path = tmp_path / "zero"
    try:
        os.mknod(path, stat.S_IFCHR | 0o444, os.makedev(1, 5))
    except PermissionError:
        pytest.skip("making a device node needs CAP_MKNOD (root)")
    assert_refused(
        run_qdiff("parse", str(path)),
        rf"^Error: {re.escape(str(path))} is a character device, not a regular file; ",
    )


def test_standard_input_from_a_pipe_is_still_read() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qdiff", "parse", "-"],
        input=SEED.read_bytes(), capture_output=True, cwd=ROOT, timeout=3 * SECONDS, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("关于印发区政府2021年第一季度工作要点的通知")
