#!/usr/bin/env python3
"""gen_docx.py ROWS OUT.docx — a Word plan table of ROWS activity rows, for the import benchmark.

Shaped like real plans: a title and intro above the table, a header row marked as
Word's repeated header («№ з/п», «Назва заходу», «Для кого», «Термін проведення»,
«Відповідальні», «Ресурси»), direction and goal headings spanning the row (a direction
every 200 rows, a goal every 25), the «№» column numbered by Word's own numbering
(numbering.xml), titles with a bulleted list under every fifth, a «Відповідальні»
cell merged down two rows every tenth, ditto marks, and people of a pool of 40.
Deterministic: the same ROWS give the same file.
"""
import random
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MONTHS = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
          "жовтень", "листопад", "грудень"]
WHEN = ["Протягом року", "I квартал", "II квартал", "щомісяця", "до 15 березня", "1 на 2 місяці"]
SURNAMES = ["Дубова", "Літашова", "Петренко", "Коваль", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко",
            "Олійник", "Мельник", "Поліщук", "Савченко", "Руденко", "Гончаренко", "Марченко", "Мороз", "Лисенко",
            "Кравчук", "Захарченко", "Павленко"]
TOPICS = ["Семінар для бібліотекарів району", "Тренінг з цифрової грамотності", "Книжкова виставка",
          "Зустріч з письменником", "Літературна гра для учнів", "Година цікавих повідомлень",
          "Онлайн-курс «Бібліотека – відкритий простір»", "Засідання методичної ради", "Конкурс читців",
          "Презентація нових надходжень"]


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", num=None):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{ppr}{run(text) if text else ''}</w:p>"


def cell(content, props=""):
    return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}{content}</w:tc>"


def document(rows, rng):
    pool = [f"{s} {chr(0x0410 + rng.randrange(32))}." for s in SURNAMES] + [f"Відділ {i}" for i in range(20)]
    out = [para("План роботи Центральної бібліотечної системи на 2022 рік"), para("Вступ до плану.")]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (600, 3400, 1400, 1400, 1600, 1500))
    body = [f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>",
            "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(cell(para(h)) for h in
                                                               ("№ з/п", "Назва заходу", "Для кого", "Термін проведення",
                                                                "Відповідальні", "Ресурси")) + "</w:tr>"]
    merge_left = 0
    for i in range(rows):
        span = '<w:gridSpan w:val="6"/>'
        if i % 200 == 0:
            body.append("<w:tr>" + cell(para(f"СН {i // 200 + 1}. Напрям {i // 200 + 1}"), span) + "</w:tr>")
        if i % 25 == 0:
            body.append("<w:tr>" + cell(para(f"Ціль {i // 25 + 1}. Ціль номер {i // 25 + 1}"), span) + "</w:tr>")
        title = f"{rng.choice(TOPICS)} № {i + 1}"
        title_cell = para(title)
        if i % 5 == 0:
            title_cell += para("перший пункт", num=2) + para("другий пункт", num=2)
        when = rng.choice(WHEN) if i % 3 else f"{rng.choice(MONTHS)}"
        if merge_left > 0:
            responsible = cell("<w:p/>", "<w:vMerge/>")
            merge_left -= 1
        elif i % 10 == 0:
            responsible = cell(para(", ".join(rng.sample(pool, 2))), '<w:vMerge w:val="restart"/>')
            merge_left = 1
        else:
            responsible = cell(para(rng.choice(pool)))
        resources = "-//-" if i % 7 == 1 else "ЛОУНБ, місцеві громади"
        audience = rng.choice(["Бібліотечні фахівці регіону", "Учні 5–7 класів", "Користувачі бібліотеки"])
        body.append("<w:tr>" + cell(para(num=1)) + cell(title_cell) + cell(para(audience)) + cell(para(when)) + responsible
                    + cell(para(resources)) + "</w:tr>")
    body.append("</w:tbl>")
    out += body + [para("Директор ЦБС О.М. Петренко")]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
            f"<w:body>{''.join(out)}<w:sectPr/></w:body></w:document>")


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
             '<w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = (f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/numbering" Target="numbering.xml"/></Relationships>')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(rows)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document(rows, rng))
        z.writestr("word/numbering.xml", NUMBERING)


if __name__ == "__main__":
    main()
