/**
 * Minutes are plain text with a small outline, so the chair edits them in a text box and
 * they print, render and turn into a PDF the same way: a line starting `# ` is the title,
 * `## ` a section, `### ` a sub-heading, `- ` a list item; other lines are paragraphs
 * (consecutive lines stay one paragraph, with their line breaks).
 */
export type MinutesBlock =
  { kind: "title" | "section" | "subsection"; text: string } | { kind: "list"; items: string[] } | { kind: "paragraph"; lines: string[] };

const HEADINGS = [
  ["### ", "subsection"],
  ["## ", "section"],
  ["# ", "title"],
] as const;

export function minutesBlocks(text: string): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const last = blocks.at(-1);
    if (!line.trim()) {
      if (last?.kind === "paragraph" || last?.kind === "list") blocks.push({ kind: "paragraph", lines: [] });
      continue;
    }
    const heading = HEADINGS.find(([prefix]) => line.startsWith(prefix));
    if (heading) {
      blocks.push({ kind: heading[1], text: line.slice(heading[0].length).trim() });
    } else if (/^\s*[-*] /.test(line)) {
      const item = line.replace(/^\s*[-*] /, "").trim();
      if (last?.kind === "list") last.items.push(item);
      else blocks.push({ kind: "list", items: [item] });
    } else if (last?.kind === "paragraph") {
      last.lines.push(line.trim());
    } else {
      blocks.push({ kind: "paragraph", lines: [line.trim()] });
    }
  }
  return blocks.filter((block) => block.kind !== "paragraph" || block.lines.length > 0);
}
