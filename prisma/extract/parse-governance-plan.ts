/**
 * Parsers for the Consortia Governance & Communication Plan (seeds/000_*.txt).
 * Pure functions over the document text.
 */
import type { CasesMembership, Component, ConsortiumDefinition } from "./types.js";
import { findLine, squash, toLines } from "./text-utils.js";

const TABLE_HEADER = "CCSAS Component Organization";

/**
 * Rows of the "CCSAS Component Organization" table in 3.1.3 CCSAS Change Control Board:
 * "The following table identifies the various CCSAS subcomponents and the system owner."
 *
 * Each entry starts with the component code followed by the owner; the owner may wrap onto further
 * lines ("CSE Business Partner-Alliance, under" / "contract to FTB"). Entries are separated by blank
 * lines; the header repeats after a page break (directly under "IDB DCSS"). The table ends at "Note:".
 */
export function parseComponents(text: string): Component[] {
  const lines = toLines(text);
  const section = findLine(lines, (line) => /^3\.1\.3\s+CCSAS Change Control Board\s*$/.test(line.trim()), 'the "3.1.3 CCSAS Change Control Board" heading');
  const start = findLine(lines, (line) => line.trim() === TABLE_HEADER, "the component table header", section + 1);

  const components: Component[] = [];
  let current: Component | null = null;
  const flush = (): void => {
    if (current) components.push({ code: current.code, owner: squash(current.owner) });
    current = null;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line.startsWith("Note:") || /^3\.1\.4\b/.test(line)) break;
    if (line === "" || line === TABLE_HEADER) {
      flush();
      continue;
    }
    if (current) {
      current.owner += ` ${line}`;
      continue;
    }
    const match = /^([A-Z]{2,8})\s+(\S.*)$/.exec(line);
    if (!match) throw new Error(`Component table line ${i + 1}: expected "<CODE> <owner>": "${line}"`);
    current = { code: match[1] ?? "", owner: match[2] ?? "" };
  }
  flush();
  if (components.length === 0) throw new Error("Component table is empty");
  return components;
}

/** 1.1: "The ARS members (Los Angeles, Orange, San Diego) had just completed their conversions". */
export function parseArsCounties(text: string): string[] {
  const match = /The ARS members \(([^)]+)\)/.exec(squash(text));
  if (!match?.[1]) throw new Error('Governance plan: could not find "The ARS members (...)"');
  return match[1].split(",").map((name) => name.trim());
}

/** 1.2: "As of July 2005, the CASES consortium has 52 member LCSAs (55 counties)". */
export function parseCasesMembership(text: string): CasesMembership {
  const match = /CASES consortium has (\d+) member LCSAs \((\d+) counties\)/.exec(squash(text));
  if (!match) throw new Error('Governance plan: could not find "CASES consortium has N member LCSAs (M counties)"');
  return { lcsas: Number(match[1]), counties: Number(match[2]) };
}

/**
 * 1.5 Definitions: each consortium's code and the system it is named for, as the table
 * defines them ("ARS ACES Replacement System; the software application or automated system
 * used by the consortium …", "CASES Computer Assisted Support Enforcement System; the …").
 */
export function parseConsortia(text: string): ConsortiumDefinition[] {
  const lines = toLines(text);
  const start = findLine(lines, (line) => /^1\.5\s+Definitions\s*$/.test(line.trim()), 'the "1.5 Definitions" heading');
  const definitions = squash(lines.slice(start).join("\n"));
  return (["ARS", "CASES"] as const).map((code) => {
    const match = new RegExp(`\\b${code} ([A-Z][A-Za-z ]+?); the software application`).exec(definitions);
    if (!match?.[1]) throw new Error(`Governance plan 1.5: no definition of ${code} ("${code} <system>; the software application …")`);
    return { code, system: match[1] };
  });
}
