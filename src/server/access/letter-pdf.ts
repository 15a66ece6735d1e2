import "server-only";
import PDFDocument from "pdfkit";
import { footnoteMark, LETTERHEAD, letterDate, type Letter } from "@/domain/access/letters";
import { printable } from "@/server/meetings/minutes-pdf";

type Pdf = InstanceType<typeof PDFDocument>;

const BODY = "Times-Roman";
const BODY_SIZE = 11.5;
const LIST_INDENT = 24;

/**
 * A letter of the third-party access process as a PDF, the same content in the same order as
 * the page (src/components/access/letter-view.tsx). pdfkit's standard fonts need no font files
 * of ours and draw Windows-1252; `printable` spells out or replaces anything beyond it.
 */
export function letterPdf(letter: Letter): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 72,
    // Kept until the end, so every page after the first can be headed as a letter's continuation pages are.
    bufferPages: true,
    info: { Title: letter.title, Author: LETTERHEAD, Creator: "CCSAS Governance" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  doc.font("Helvetica-Bold").fontSize(14).text(printable(LETTERHEAD), { align: "center" });
  doc
    .moveDown(0.3)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.75)
    .strokeColor("#555555")
    .stroke();

  doc.font(BODY).fontSize(BODY_SIZE).moveDown(2);
  doc.text(letterDate(letter.date)).moveDown();
  doc.text(letter.to.map(printable).join("\n")).moveDown();
  doc.text(printable(letter.salutation)).moveDown(0.6);

  letter.paragraphs.forEach((paragraph, index) => {
    if (typeof paragraph !== "string") {
      hangingList(doc, paragraph.list, left, width);
      return;
    }
    // The last paragraph, the closing, the room for a signature by hand and the name under it stay on one page.
    const closingLines = 6 + letter.signature.length;
    if (index === letter.paragraphs.length - 1)
      keepHeight(doc, doc.heightOfString(printable(paragraph), { width }) + closingLines * doc.currentLineHeight(true));
    doc.text(printable(paragraph)).moveDown(0.6);
  });

  doc.moveDown(0.4).text(printable(letter.closing)).moveDown(3);
  doc.text(letter.signature.map(printable).join("\n"));

  if (letter.enclosures.length > 0) {
    doc.moveDown().text(printable(letter.enclosuresLabel));
    hangingList(doc, letter.enclosures, left, width, "•");
  }
  if (letter.cc.length > 0) doc.moveDown().text(letter.cc.map((line, index) => `${index === 0 ? "cc: " : "       "}${printable(line)}`).join("\n"));

  if (letter.footnotes.length > 0) {
    keepHeight(doc, (2 + letter.footnotes.length) * doc.currentLineHeight(true));
    doc.moveDown(2);
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width / 3, doc.y)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.4).fontSize(9);
    letter.footnotes.forEach((note, index) => doc.text(printable(`${footnoteMark(index + 1)} ${note}`)));
  }

  continuationHeadings(doc, letter);
  doc.end();
  return done;
}

/** Items with their number (or the bullet given) hanging in the margin, each item's lines indented under its first. */
function hangingList(doc: Pdf, items: readonly string[], left: number, width: number, bullet?: string) {
  items.forEach((item, index) => {
    keepHeight(doc, 2 * doc.currentLineHeight(true));
    const top = doc.y;
    doc.text(bullet ?? `${index + 1}.`, left + 6, top, { width: LIST_INDENT, lineBreak: false });
    doc.text(printable(item), left + LIST_INDENT + 6, top, { width: width - LIST_INDENT - 6 });
    doc.moveDown(bullet ? 0.1 : 0.5);
  });
  doc.x = left;
  if (bullet) doc.moveDown(0.4);
}

/** Starts a new page unless `height` more points fit on this one. */
function keepHeight(doc: Pdf, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Every page after the first is headed in its top margin with whom the letter is to, its date and the page's number. */
function continuationHeadings(doc: Pdf, letter: Letter) {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start + 1; page < start + count; page++) {
    doc.switchToPage(page);
    const heading = printable(`${letter.to[0] ?? ""}, ${letterDate(letter.date)}, page ${page - start + 1}`);
    doc.font(BODY).fontSize(9).fillColor("#555555").text(heading, doc.page.margins.left, 40, { lineBreak: false }).fillColor("black");
  }
}
