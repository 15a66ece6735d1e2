import { footnoteMark, LETTERHEAD, letterDate, type Letter } from "@/domain/access/letters";

/**
 * A letter of the third-party access process (src/domain/access/letters.ts) as a page: a sheet
 * on screen, the letter alone on paper (the site's frame and a page's actions are `no-print`).
 * The letter prints no subject line, so its heading is for screen readers; the page gives the h1.
 */
export function LetterView({ letter }: { letter: Letter }) {
  const headingId = `letter-${letter.kind}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className="mx-auto max-w-[8.5in] rounded-lg border border-slate-200 bg-white px-12 py-10 font-serif text-[15px] leading-relaxed text-slate-900 shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:text-[11pt] print:shadow-none"
    >
      <h2 id={headingId} className="sr-only">
        {letter.title}
      </h2>
      <header className="border-b border-slate-400 pb-3 text-center">
        <p className="text-lg font-semibold tracking-wide">{LETTERHEAD}</p>
      </header>

      <p className="mt-8">
        <time dateTime={letter.date}>{letterDate(letter.date)}</time>
      </p>

      {/* Not an <address>: that element is the contact of the article's author, and this is the recipient. */}
      <p className="mt-6">
        {letter.to.map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
      </p>

      <p className="mt-6">{letter.salutation}</p>

      <div className="mt-4 space-y-4">
        {letter.paragraphs.map((paragraph, index) =>
          typeof paragraph === "string" ? (
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ) : (
            <ol key={index} className="list-decimal space-y-3 pl-10">
              {paragraph.list.map((item, itemIndex) => (
                <li key={itemIndex} className="pl-1 whitespace-pre-line">
                  {item}
                </li>
              ))}
            </ol>
          ),
        )}
      </div>

      <div className="mt-8 print:break-inside-avoid">
        <p>{letter.closing}</p>
        {/* Room for the signature by hand. */}
        <p className="mt-14">
          {letter.signature.map((line, index) => (
            <span key={index} className="block">
              {line}
            </span>
          ))}
        </p>
      </div>

      {letter.enclosures.length > 0 ? (
        <div className="mt-8">
          <p>{letter.enclosuresLabel}</p>
          <ul className="list-disc pl-10">
            {letter.enclosures.map((enclosure, index) => (
              <li key={index}>{enclosure}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {letter.cc.length > 0 ? (
        <p className="mt-6">
          {letter.cc.map((line, index) => (
            <span key={index} className="block">
              {index === 0 ? "cc: " : <span className="invisible">cc: </span>}
              {line}
            </span>
          ))}
        </p>
      ) : null}

      {letter.footnotes.length > 0 ? (
        <footer className="mt-10 border-t border-slate-300 pt-3 text-sm">
          {letter.footnotes.map((note, index) => (
            <p key={index}>
              {footnoteMark(index + 1)} {note}
            </p>
          ))}
        </footer>
      ) : null}
    </article>
  );
}
