#!/usr/bin/env python3
"""Checks the Word documents of a build against its plain text and Markdown.

Usage: check_docx.py FOLDER [FOLDER ...] [--literal NAME.docx TEXT]

Each FOLDER holds NAME.docx, NAME.txt and NAME.md for every document. For each document:
- python-docx and docx2python both open it;
- its words (letters and digits only) follow the words of NAME.txt (NAME.md when it has
  tables: forms) in order, with a
  difflib ratio of at least 0.97; list markers, heading underlines and quote bars of the
  text, and the contents entries of the Word file, are left aside;
- each Markdown heading is a paragraph in Word's Heading style of its level, and each
  list item a paragraph with numbering;
- a handbook has a TOC field;
- every paragraph of a right-to-left document (Arabic, say) has w:bidi.
--literal checks that a document's text contains TEXT exactly.
Prints one line per problem and exits 1 if there is any.
"""
import difflib
import pathlib
import re
import sys

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx2python import docx2python

WORD = re.compile(r"[^\W_]+")
TEXT_MARKER = re.compile(r"^\s*(?:(?:> )+)?\s*(?:[-*+]|\d+[.)])\s+")
MD_HEADING = re.compile(r"^(#{1,6})\s+\S")
MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?!\[[ xX]\] )")  # tick boxes are a form's, not a list's


def text_words(path):
    words = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        underlined = index + 1 < len(lines) and re.fullmatch(r"=+|-+", lines[index + 1]) is not None
        if not underlined:  # a heading such as "1. Purpose" keeps its number
            line = TEXT_MARKER.sub("", line)
        words += WORD.findall(line)
    return words


def paragraphs(document):
    return [p for p in document.paragraphs if not p.style.name.lower().startswith("toc")]


def check(path, problems):
    name = path.stem
    document = docx.Document(str(path))
    with docx2python(str(path)) as read:
        if not read.text.strip():
            problems.append(f"{name}: docx2python reads no text")
    body = paragraphs(document)
    # Forms are tables in Word: their cells' words count too, in the order they stand.
    every = [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]
    docx_words = [w for p in every if not p.style.name.lower().startswith("toc") for w in WORD.findall(p.text)]
    # The text version sets a form's table in columns whose cells wrap line by line, so
    # a document with tables is followed against its Markdown, a row to a line.
    theirs = text_words(path.with_suffix(".md" if document.tables else ".txt"))
    ratio = difflib.SequenceMatcher(None, theirs, docx_words, autojunk=False).ratio()
    if ratio < 0.97:
        problems.append(f"{name}: words follow the text version with ratio {ratio:.3f} < 0.97")

    markdown = path.with_suffix(".md").read_text(encoding="utf-8").splitlines()
    heading_levels = [len(m.group(1)) for m in map(MD_HEADING.match, markdown) if m]
    docx_levels = [int(p.style.name.split()[-1]) for p in body if p.style.name.startswith("Heading")]
    if heading_levels != docx_levels:
        problems.append(f"{name}: headings {docx_levels} in Word, {heading_levels} in Markdown")
    items = sum(1 for line in markdown if MD_ITEM.match(line))
    numbered = [p for p in body if p._p.pPr is not None and p._p.pPr.numPr is not None]
    if len(numbered) != items:
        problems.append(f"{name}: {len(numbered)} numbered paragraphs for {items} list items")
    numbering = document.part.numbering_part.element
    known = {n.get(qn("w:numId")) for n in numbering.findall(qn("w:num"))}
    for p in numbered:
        if p._p.pPr.numPr.numId.val is None or str(p._p.pPr.numPr.numId.val) not in known:
            problems.append(f"{name}: a list item's numbering is not defined")
            break

    if (document.core_properties.language or "").split("-")[0] in ("ar", "he", "fa", "ur"):
        flat = [p for p in document.paragraphs if p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None]
        if flat:
            problems.append(f"{name}: {len(flat)} paragraphs of a right-to-left document without w:bidi")
    if name.startswith("handbook"):
        instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
        if not any(i.strip().startswith("TOC ") for i in instructions):
            problems.append(f"{name}: no TOC field")
    if not document.core_properties.title or not document.core_properties.version:
        problems.append(f"{name}: no title or version in the document properties")
    return ratio


def main(arguments):
    literal = []
    if "--literal" in arguments:
        at = arguments.index("--literal")
        literal = [arguments[at + 1], arguments[at + 2]]
        arguments = arguments[:at] + arguments[at + 3:]
    problems = []
    checked = 0
    for folder in arguments:
        for path in sorted(pathlib.Path(folder).glob("*.docx")):
            if literal and path.name == pathlib.Path(literal[0]).name:
                continue
            ratio = check(path, problems)
            checked += 1
            print(f"{folder}/{path.name}: ratio {ratio:.3f}")
    if literal:
        document = docx.Document(literal[0])
        text = "\n".join(p.text for p in document.paragraphs)
        footer = "\n".join(p.text for p in document.sections[0].footer.paragraphs)
        if literal[1] not in text:
            problems.append(f"{literal[0]}: the text does not contain {literal[1]!r} literally")
        if literal[1] not in footer:
            problems.append(f"{literal[0]}: the footer does not contain {literal[1]!r} literally")
        if document.part.rels and any(r.reltype.endswith("/hyperlink") for r in document.part.rels.values()):
            problems.append(f"{literal[0]}: a value made a hyperlink")
    for problem in problems:
        print("PROBLEM:", problem)
    print(f"checked {checked} documents, {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
