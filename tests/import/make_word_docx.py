#!/usr/bin/env python3
"""Writes tests/import/word-2021.docx: a plan table the way Word keeps one.

    make_word_docx.py [OUT.docx]

LibreOffice (plan-2020.docx) writes plain tables; Word users' files hold more, and
this fixture has it, written as WordprocessingML by hand (ECMA-376 Part 1):

- other Ukrainian headers: «№ з/п», «Зміст роботи», «Термін виконання», «Виконавці»,
  «Примітка», the header row marked w:tblHeader, followed by a row of column numbers;
- the «№» column numbered by Word itself: empty paragraphs of one list (numbering.xml,
  «%1.»), continuing across the section headings;
- section headings as one cell spanning the table (w:gridSpan), a row that starts
  after an empty grid column (w:gridBefore) and ends early (w:gridAfter);
- a «Виконавці» cell merged down two rows (w:vMerge), and a ditto mark «-//-» in
  «Термін виконання»;
- a title with a hyperlink, a content control (w:sdt), tracked changes (w:ins kept,
  w:del dropped), a soft line break before bullet lines typed with «- », and a
  bulleted list (numbering.xml «bullet»);
- the table split by hand onto a second page: a second table, its header repeated.

The generated file is committed; run this again after changing it.
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(content="", num=None, style=None):
    ppr = ""
    if num is not None or style:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num is not None:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def cell(paragraphs, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        props += f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>"
    tcpr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    if isinstance(paragraphs, str):
        paragraphs = [para(run(paragraphs))] if paragraphs else [para()]
    return f"<w:tc>{tcpr}{''.join(paragraphs)}</w:tc>"


def row(cells, header=False, before=0, after=0):
    props = ""
    if header:
        props += "<w:tblHeader/>"
    if before:
        props += f'<w:gridBefore w:val="{before}"/>'
    if after:
        props += f'<w:gridAfter w:val="{after}"/>'
    trpr = f"<w:trPr>{props}</w:trPr>" if props else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


NUMBER = [para(num=1)]  # an empty paragraph Word numbers «1.», «2.»…

HEADER = row([cell("№ з/п"), cell("Зміст роботи"), cell("Термін виконання"), cell("Виконавці"), cell("Примітка")],
             header=True)


def table(rows):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (600, 4200, 1600, 2000, 1400))
    return f"<w:tbl><w:tblPr><w:tblW w:w=\"9800\" w:type=\"dxa\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def document():
    first = [
        HEADER,
        row([cell(str(n)) for n in range(1, 6)]),
        row([cell("Розділ 1. Організаційна робота", span=5)]),
        row([cell(NUMBER), cell("Засідання методичної ради"), cell("щокварталу"),
             cell("Директор Петренко О.М."), cell("")]),
        row([cell(NUMBER),
             cell([para(run("Підготувати звіт про роботу за ")
                        + '<w:del w:id="1" w:author="Методист" w:date="2021-01-05T10:00:00Z">'
                        + "<w:r><w:delText>2019</w:delText></w:r></w:del>"
                        + '<w:ins w:id="2" w:author="Методист" w:date="2021-01-05T10:00:00Z">'
                        + "<w:r><w:t>2020</w:t></w:r></w:ins>" + run(" рік"))]),
             cell("до 15 січня"), cell("Заступник директора Коваль І.В.", vmerge="restart"), cell("")]),
        row([cell(NUMBER),
             cell([para('<w:hyperlink r:id="rId9">' + run("Оновити сайт бібліотеки") + "</w:hyperlink>")]),
             cell("щомісяця"), cell("", vmerge="continue"), cell("")]),
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        + row([cell(NUMBER), cell("Провести інвентаризацію фонду"), cell("-//-"), cell("Відділ комплектування"),
               cell("")])
        + "</w:sdtContent></w:sdt>",
        row([cell("Розділ 2. Масова робота", span=5)]),
        row([cell(NUMBER),
             cell([para(run("Тиждень дитячого читання") + "<w:r><w:br/></w:r>" + run("- книжкова виставка")
                        + "<w:r><w:br/></w:r>" + run("- зустріч з письменником"))]),
             cell("березень"), cell("Сектор обслуговування дітей"), cell("за окремим планом")]),
    ]
    second = [
        HEADER,
        row([cell(NUMBER),
             cell([para(run("Літературні читання «Шевченко і ми»:")), para(run("конкурс читців"), num=2),
                   para(run("літературна вікторина"), num=2)]),
             cell("9–10 березня"), cell("Бібліотекар Сидоренко Г."), cell("")]),
        row([cell(NUMBER),
             cell([para("<w:sdt><w:sdtContent>" + run("День бібліотек") + "</w:sdtContent></w:sdt>")]),
             cell("30 вересня"), cell("Усі відділи")], after=1),
        row([cell("Екскурсії для першокласників"), cell("вересень – жовтень"), cell("Сектор обслуговування дітей"),
             cell("")], before=1),
    ]
    body = (para(run("ЗАТВЕРДЖУЮ")) + para(run("Директор ЦБС")) + para(run("______ О.М. Петренко"))
            + para(run("План роботи Центральної бібліотечної системи на 2021 рік"), style="Title")
            + table(first) + para() + table(second)
            + para(run("Директор ЦБС О.М. Петренко")))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}<w:sectPr/></w:body></w:document>')


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R}/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="{R}/styles" Target="styles.xml"/>
<Relationship Id="rId9" Type="{R}/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"""


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("word-2021.docx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document()),
                           ("word/numbering.xml", NUMBERING), ("word/styles.xml", STYLES)]:
            info = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    print(out)


if __name__ == "__main__":
    main()
