import { termText, type Matrix, type MatrixEntry } from "@/domain/access/matrix";
import { countOf, formatDate, formatDateTime, formatDay } from "@/lib/format";

/**
 * The public Approved User Account Matrix as one complete HTML document (the route /matrix
 * serves it as it is; see src/app/matrix/route.ts for why it is not a React page). It looks
 * like the app's public pages (the brand bar, the same colours and focus ring) with a stylesheet
 * of its own inline (the CSP allows inline styles; it allows a script only with the request's
 * nonce). Nothing needs a script but the Print button, which stays hidden until
 * /matrix/print.js, loaded with the nonce, shows it; the browser's own Print command prints the
 * same. The print styles leave only the title, the facts and the table, with its header on
 * every page.
 */
export const MATRIX_PATH = "/matrix";
export const MATRIX_CSV_PATH = "/matrix/approved-user-account-matrix.csv";
export const MATRIX_PRINT_SCRIPT_PATH = "/matrix/print.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{background:#f8fafc;color:#0f172a;font-family:ui-sans-serif,system-ui,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5;-webkit-font-smoothing:antialiased}
body{margin:0;min-height:100vh;display:flex;flex-direction:column}
a{color:#163f67;text-underline-offset:2px}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0.5rem;z-index:50;background:#fff;color:#11304f;padding:0.5rem 0.75rem;border-radius:0.25rem}
.skip:focus{left:0.5rem}
.wrap{margin:0 auto;width:100%;max-width:64rem;padding-left:1rem;padding-right:1rem}
header{background:#163f67;border-bottom:1px solid #11304f;color:#fff}
header .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:1rem;padding-top:0.75rem;padding-bottom:0.75rem}
header a{color:#fff}
.brand{font-size:1.125rem;font-weight:600;text-decoration:none}
.brand span{margin-left:0.5rem;font-size:0.875rem;font-weight:400;color:#d9e7f5}
main{flex:1;padding-top:2rem;padding-bottom:2rem}
main:focus{outline:none}
h1{margin:0;font-size:1.5rem;font-weight:600;letter-spacing:-0.01em}
.lead{margin:0.25rem 0 1.5rem;max-width:48rem;color:#475569}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:0.75rem;margin:0 0 1.5rem;padding:1rem 1.25rem;background:#fff;border:1px solid #e2e8f0;border-radius:0.5rem}
.facts dt{font-size:0.875rem;color:#475569}
.facts dd{margin:0;font-weight:600}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:0.5rem;margin:0 0 1rem}
.button{display:inline-flex;align-items:center;min-height:2.5rem;padding:0.5rem 1rem;border-radius:0.375rem;font:inherit;font-size:0.875rem;font-weight:500;text-decoration:none;cursor:pointer;background:#163f67;color:#fff;border:0}
.button:hover{background:#11304f}
.button.secondary{background:#fff;color:#1e293b;box-shadow:inset 0 0 0 1px #cbd5e1}
.button.secondary:hover{background:#f8fafc}
.button[hidden]{display:none}
.hint{font-size:0.875rem;color:#475569}
.scroll{overflow-x:auto;background:#fff;border:1px solid #e2e8f0;border-radius:0.5rem}
table{width:100%;border-collapse:collapse;font-size:0.875rem}
caption{text-align:left;padding:0.75rem 1rem;font-weight:600}
th,td{text-align:left;vertical-align:top;padding:0.5rem 1rem;border-top:1px solid #e2e8f0}
thead th{color:#475569;font-weight:500;border-top:0;border-bottom:1px solid #cbd5e1}
tbody th{font-weight:500}
.num{text-align:right;font-variant-numeric:tabular-nums}
.region th{background:#eff5fb;color:#11304f;font-weight:600}
.none{color:#475569}
tfoot th,tfoot td{font-weight:600;border-top:2px solid #cbd5e1}
.note{margin-top:1rem;font-size:0.875rem;color:#475569;max-width:48rem}
footer{background:#fff;border-top:1px solid #e2e8f0;padding:1rem;text-align:center;font-size:0.875rem;color:#475569}
@media print{
  @page{margin:1.5cm}
  html{background:#fff;color:#000;font-size:10pt}
  header,footer,.skip,.actions,.no-print{display:none!important}
  main{padding:0;max-width:none}
  .lead,.hint,.note,.none,.facts dt{color:#000}
  .facts{border:1px solid #000;border-radius:0;grid-template-columns:repeat(2,1fr);padding:0.5rem}
  .scroll{overflow:visible;border:0;border-radius:0}
  table{font-size:9pt}
  th,td{border:1px solid #666;padding:2pt 4pt}
  thead{display:table-header-group}
  tfoot{display:table-row-group}
  tr{break-inside:avoid}
  .region th{background:none}
  a{color:#000;text-decoration:none}
}
`.replace(/\n\s*/g, "");

function entryCells(entry: MatrixEntry): string {
  const term = termText(entry.termStartsOn ? formatDay(entry.termStartsOn) : null, entry.termEndsOn ? formatDay(entry.termEndsOn) : null);
  return `<td>${escapeHtml(entry.organization)}</td><td class="num">${entry.approvedAccounts.toLocaleString("en-US")}</td><td>${escapeHtml(term || "—")}</td>`;
}

function tableBody(matrix: Matrix): string {
  return matrix.groups
    .map((group) => {
      const region = group.region
        ? `<tr class="region"><th scope="rowgroup" colspan="4">${escapeHtml(group.region)} LCSA: ${escapeHtml(group.counties.map((county) => county.name).join(", "))}</th></tr>`
        : "";
      const rows = group.counties.flatMap((county) => {
        const name = `<th scope="row">${escapeHtml(county.name)}</th>`;
        if (county.entries.length === 0) return [`<tr>${name}<td class="none">None approved</td><td class="num none">0</td><td class="none">—</td></tr>`];
        return county.entries.map((entry) => `<tr>${name}${entryCells(entry)}</tr>`);
      });
      return `<tbody>${region}${rows.join("")}</tbody>`;
    })
    .join("");
}

/** The document; `nonce` (the request's CSP nonce) lets the Print button's script run, and without one the button stays hidden. */
export function matrixDocument(matrix: Matrix, nonce: string | null): string {
  const asOf = `${formatDateTime(matrix.readAt)} (California time)`;
  const updated = matrix.lastUpdatedAt ? `${formatDateTime(matrix.lastUpdatedAt)} (California time)` : "No MOU has been countersigned yet";
  const guide = matrix.guide ? `Version ${matrix.guide.number}, published ${formatDate(matrix.guide.publishedAt)}` : "None published";
  const approved = `${countOf(matrix.organizations, "organization")}, ${countOf(matrix.accounts, "user account")}`;
  const counties = matrix.groups.reduce((sum, group) => sum + group.counties.length, 0);
  const empty =
    matrix.organizations === 0
      ? `<p class="hint" role="status">No organization holds approved user accounts yet: each appears here as soon as the Process Owner countersigns its MOU.</p>`
      : "";
  const script = nonce ? `<script src="${MATRIX_PRINT_SCRIPT_PATH}" nonce="${escapeHtml(nonce)}" defer></script>` : "";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Approved User Account Matrix · CCSAS Governance</title>
<meta name="description" content="The CSE user accounts approved for each third-party organization, by county, and the term of each MOU.">
<style>${STYLES}</style></head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><div class="wrap"><a class="brand" href="${MATRIX_PATH}">CCSAS Governance<span>Approved User Account Matrix</span></a><a href="/signin">Sign in</a></div></header>
<main id="main" tabindex="-1" class="wrap">
<h1>Approved User Account Matrix</h1>
<p class="lead">The number of CSE user accounts approved for each third-party organization, county by county, and the term of its Memorandum of Understanding (CCSAS Third Party Access Process, section 5 and Appendix D). Anyone may read it; it changes as soon as the Process Owner countersigns an MOU.</p>
<dl class="facts">
<div><dt>Current as of</dt><dd>${escapeHtml(asOf)}</dd></div>
<div><dt>Last updated</dt><dd>${escapeHtml(updated)}</dd></div>
<div><dt>User Account Allocation Guide in force</dt><dd>${escapeHtml(guide)}</dd></div>
<div><dt>Approved</dt><dd>${escapeHtml(approved)}</dd></div>
</dl>
<p class="actions"><a class="button" href="${MATRIX_CSV_PATH}" download>Download CSV</a><button type="button" id="print-matrix" class="button secondary" hidden>Print</button><span class="hint">To print, you can also use your browser's Print command.</span></p>
${empty}
<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
<table><caption id="matrix-caption">Approved user accounts in ${counties} counties, as of ${escapeHtml(asOf)}</caption>
<thead><tr><th scope="col">County</th><th scope="col">User organization</th><th scope="col" class="num">Approved user accounts</th><th scope="col">Term</th></tr></thead>
${tableBody(matrix)}
<tfoot><tr><th scope="row" colspan="2">Total</th><td class="num">${matrix.accounts.toLocaleString("en-US")}</td><td></td></tr></tfoot>
</table></div>
<p class="note">Counties served by a regional LCSA are listed under it, in the order of the User Account Allocation Guide. A term runs through its last day; an organization whose term has ended is no longer listed. A renewed MOU replaces the one it renews.</p>
</main>
<footer>California Child Support Automation System: governance and change control</footer>
${script}
</body></html>
`;
}

/** The Print button's script, served from /matrix/print.js: it shows the button and prints on a click. */
export const MATRIX_PRINT_SCRIPT = `(function(){var b=document.getElementById("print-matrix");if(!b)return;b.hidden=false;b.addEventListener("click",function(){window.print();});})();\n`;
