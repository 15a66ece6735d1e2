/**
 * Parser for the CWS/CMS Single Point of Contact guide (seeds/004_*.txt).
 * The guide names six regions but never says which county belongs to which region,
 * so no region assignment is extracted.
 */
import { squash } from "./text-utils.js";

/** "There are 58 counties, which are divided into 6 geographic regions." */
export function parseCountyTotal(text: string): number {
  const match = /There are (\d+) counties, which are divided into/.exec(squash(text));
  if (!match) throw new Error('CWS/CMS guide: could not find "There are N counties"');
  return Number(match[1]);
}
