import "server-only";
import PDFDocument from "pdfkit";
import { minutesBlocks } from "@/domain/meetings/minutes-text";

/**
 * Published minutes as a PDF (pdfkit: maintained, lays out and wraps text and breaks pages
 * by itself). The standard Helvetica needs no font files of ours; it covers Windows-1252, so
 * the few characters beyond it are spelled out or replaced.
 */
export function renderMinutesPdf(minutes: { heading: string; subheading: string; body: string; footer: string }): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "LETTER", margin: 72, info: { Title: minutes.heading, Subject: minutes.subheading, Creator: "CCSAS Governance" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(18).text(printable(minutes.heading));
  doc.font("Helvetica").fontSize(11).fillColor("#333333").text(printable(minutes.subheading)).fillColor("black").moveDown();
  const blocks = minutesBlocks(minutes.body);
  // The page heading already names the committee; a title line repeating it is left out.
  for (const block of blocks.filter((block, index) => !(index === 0 && block.kind === "title"))) {
    switch (block.kind) {
      case "title":
      case "section":
        doc
          .moveDown(0.5)
          .font("Helvetica-Bold")
          .fontSize(block.kind === "title" ? 16 : 14)
          .text(printable(block.text))
          .moveDown(0.3);
        break;
      case "subsection":
        doc.moveDown(0.3).font("Helvetica-Bold").fontSize(12).text(printable(block.text)).moveDown(0.2);
        break;
      case "list":
        doc.font("Helvetica").fontSize(11).list(block.items.map(printable), { bulletRadius: 2, textIndent: 12, indent: 6 }).moveDown(0.5);
        break;
      case "paragraph":
        doc.font("Helvetica").fontSize(11).text(block.lines.map(printable).join("\n")).moveDown(0.5);
        break;
    }
  }
  doc.moveDown().font("Helvetica-Oblique").fontSize(9).fillColor("#555555").text(printable(minutes.footer));
  doc.end();
  return done;
}

const SPELLED: Record<string, string> = { "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "≠": "!=", "✓": "v", "\u00a0": " " };
// Windows-1252's characters above Latin-1's control range, which the standard fonts draw.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function printable(text: string): string {
  return [...text]
    .map((char) => {
      if (SPELLED[char]) return SPELLED[char];
      const code = char.codePointAt(0)!;
      if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.has(char)) return char;
      return "?";
    })
    .join("");
}
