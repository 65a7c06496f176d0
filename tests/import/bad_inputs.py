#!/usr/bin/env python3
"""Hostile and broken inputs to `lplan import`: each a clear error, never a crash or a hang.

    bad_inputs.py LPLAN

Every case is made here (nothing large is committed), imported with --dry-run, and
must end within its time limit with exit 2 and one `lplan: …` line on stderr that
says what is wrong — or, for the cases marked so, succeed.
"""
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
ROOT_RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Id="rId1" Type="{REL}" Target="word/document.xml"/></Relationships>')


def docx(document, extra=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document)
        for name, data in extra:
            z.writestr(name, data)
    return buf.getvalue()


def zip_of(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def bomb():
    """A .docx whose document.xml unpacks to 200 MiB (a few hundred KiB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", ROOT_RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
            chunk = b" " * (1 << 20)
            for _ in range(200):
                f.write(chunk)
    return buf.getvalue()


def many_entries():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for i in range(10_050):
            z.writestr(f"x/{i}", b"")
    return buf.getvalue()


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10))
          + f']><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
HEADERLESS = "\n".join(f"Рядок {i} з довгим текстом про щось\tще текст" for i in range(5)) + "\n"
NO_COLUMNS_HTML = ("<table><tr><th>Foo</th><th>Bar</th></tr>"
                   + "".join(f"<tr><td>текст {i}</td><td>ще {i}</td></tr>" for i in range(4)) + "</table>")
SMALL_PLAN = "Бібліотека-філія № 3\nПлан роботи на 2021 рік\n№\tНазва заходу\tТермін проведення\n1.\tЗахід\tберезень\n"
DEEP_TABLES = (f'<w:document xmlns:w="{W}"><w:body>' + "<w:tbl><w:tr><w:tc>" * 200 + "<w:p/>"
               + "</w:tc></w:tr></w:tbl>" * 200 + "</w:body></w:document>")
DEEP_LINKS = (f'<w:document xmlns:w="{W}"><w:body><w:p>' + "<w:hyperlink>" * 100_000 + "</w:hyperlink>" * 100_000
              + "</w:p></w:body></w:document>")
DEEP_HTML = "<div>" * 300_000 + "<table><tr><td>x</td></tr></table>"

# name, file name, bytes, expected exit, a fragment the message must hold, seconds allowed
CASES = [
    ("empty file", "plan.txt", b"", 2, "is empty", 10),
    ("only blanks", "plan.txt", b" \n\t\n", 2, "is empty", 10),
    ("not a zip", "plan.docx", "№\tНазва заходу\n".encode(), 2, "is not a .docx file", 10),
    ("a truncated zip", "plan.docx", docx("<w:document/>")[:60], 2, "ZIP archive", 10),
    ("a zip bomb", "plan.docx", bomb(), 2, "expands to more than", 60),
    ("10,050 entries", "plan.docx", many_entries(), 2, "more than 10000 files", 30),
    ("billion laughs", "plan.docx", docx(LAUGHS), 2, "DTD", 10),
    ("external entity", "plan.docx", docx(XXE), 2, "DTD", 10),
    ("tables nested 200 deep", "plan.docx", docx(DEEP_TABLES), 2, "more than 64 deep", 10),
    ("links nested 100,000 deep", "plan.docx", docx(DEEP_LINKS), 2, "more than 64 deep", 10),
    ("XML not well-formed", "plan.docx", docx(f'<w:document xmlns:w="{W}"><w:body><w:p>'), 2, "not well-formed", 10),
    ("a zip, not Word", "plan.docx", zip_of([("hello.txt", b"hi")]), 2, "not a Word document", 10),
    ("OpenDocument", "plan.docx", zip_of([("mimetype", b"application/vnd.oasis.opendocument.text"),
                                          ("content.xml", b"<x/>")]), 2, "OpenDocument", 10),
    ("Excel", "plan.docx", zip_of([("_rels/.rels", ROOT_RELS.replace("word/document.xml", "xl/workbook.xml")),
                                   ("xl/workbook.xml", b'<workbook xmlns="x"/>')]), 2, "Excel", 10),
    ("Word 97", "plan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, 2, ".doc", 10),
    ("PDF", "plan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", 2, "PDF", 10),
    ("binary", "plan.txt", bytes(range(256)) * 16, 2, "binary", 10),
    ("no table in html", "plan.html", "<html><body><p>План роботи</p></body></html>".encode(), 2, "no table", 10),
    ("docx without a table", "plan.docx",
     docx(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Текст</w:t></w:r></w:p></w:body></w:document>'),
     2, "no table", 10),
    ("text without TABs", "plan.txt", "План роботи\nперший захід\n".encode(), 2, "no line has cells", 10),
    ("no recognisable columns", "plan.txt", HEADERLESS.encode(), 2, "no column of the table is recognisable", 10),
    ("html, no recognisable columns", "plan.html", NO_COLUMNS_HTML.encode(), 2, "recognisable", 10),
    ("no year", "plan.txt", SMALL_PLAN.replace(" на 2021 рік", "").encode(), 2, "--year", 10),
    ("nested 300,000 deep", "plan.html", DEEP_HTML.encode(), 2, "deep", 10),
    ("tables nested 3,000 deep", "plan.html", ("<table><tr><td>" * 3000 + "x").encode(), 2, "", 10),
    ("a good small plan", "plan.txt", SMALL_PLAN.encode(), 0, "", 10),
]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    lplan = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = list(CASES)
        huge = Path(tmp) / "huge" / "plan.txt"
        huge.parent.mkdir()
        with open(huge, "wb") as f:
            f.truncate(65 << 20)  # sparse: 65 MiB of nothing on disk
        for name, file_name, data, want, fragment, limit in cases + [("huge input", str(huge), None, 2, "larger than", 10)]:
            if data is not None:
                path = Path(tmp) / name.replace(" ", "-").replace(",", "") / file_name
                path.parent.mkdir()
                path.write_bytes(data)
            else:
                path = Path(file_name)
            start = time.monotonic()
            try:
                r = subprocess.run([lplan, "import", str(path), "--dry-run", "--into", str(Path(tmp) / "plans"),
                                    "--lang", "en"], capture_output=True, text=True, env=ENV, timeout=limit)
            except subprocess.TimeoutExpired:
                print(f"FAIL: {name}: still running after {limit} s")
                failures += 1
                continue
            took = time.monotonic() - start
            err = r.stderr.strip()
            ok = r.returncode == want and (want == 0 or (err.startswith("lplan: ") and fragment in err
                                                            and len(err.splitlines()) == 1))
            if r.returncode < 0:
                ok = False
            print(f"{'ok  ' if ok else 'FAIL'} {name} ({took:.1f} s): exit {r.returncode}: "
                  f"{err.splitlines()[0] if err else ''}")
            if not ok:
                failures += 1
                print(f"      wanted exit {want} and «{fragment}»; stderr:\n{r.stderr}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
