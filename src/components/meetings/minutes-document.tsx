import { minutesBlocks } from "@/domain/meetings/minutes-text";

/**
 * Minutes text as a document (src/domain/meetings/minutes-text.ts). The page gives the
 * h1; the text's own title line becomes an h2, its sections h2 and decisions h3.
 */
export function MinutesDocument({ body, skipTitle = false }: { body: string; skipTitle?: boolean }) {
  const blocks = minutesBlocks(body).filter((block, index) => !(skipTitle && index === 0 && block.kind === "title"));
  return (
    <div className="minutes space-y-3 text-slate-900">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case "title":
          case "section":
            return (
              <h2 key={index} className="pt-2 print:break-after-avoid">
                {block.text}
              </h2>
            );
          case "subsection":
            return (
              <h3 key={index} className="pt-1 font-semibold print:break-after-avoid">
                {block.text}
              </h3>
            );
          case "list":
            return (
              <ul key={index} className="list-disc space-y-1 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </ul>
            );
          case "paragraph":
            return (
              <p key={index} className="whitespace-pre-line">
                {block.lines.join("\n")}
              </p>
            );
        }
      })}
    </div>
  );
}
