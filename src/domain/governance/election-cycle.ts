/**
 * CASES ESC terms and elections. Governance plan 2.8: "The six CASES ESC members will be
 * elected for two-year terms, with three members rotating/being elected each year.
 * Elections will be held at the end of the state fiscal year (June) and the effective date
 * of office will start at the beginning of the state fiscal year, July 1st. The first year,
 * three members only serve for one year to allow a rotation to start the following year."
 *
 * Dates are calendar days (ISO yyyy-mm-dd): a term is a span of days, not of instants.
 */
export const TERM_YEARS = 2;
export const SEATS_PER_CYCLE = 3;
/** Seats are numbered by caseload size category, 1 (smallest) to 6 (largest). */
export const CASES_SEAT_CATEGORIES = [1, 2, 3, 4, 5, 6] as const;

export interface Term {
  seatCategory: number;
  /** July 1 of the year of the election. */
  start: string;
  /** June 30, one or two years later. */
  end: string;
}

/** A term that begins after the June election of `electionYear`. */
export function termStarting(electionYear: number, seatCategory: number, years: number = TERM_YEARS): Term {
  return { seatCategory, start: `${electionYear}-07-01`, end: `${electionYear + years}-06-30` };
}

/** The seats that serve one year in the first cycle, unless told otherwise. */
export const FIRST_CYCLE_ONE_YEAR_SEATS: readonly number[] = [1, 3, 5];

/**
 * The first election fills all six seats; three of them (the first three categories
 * given) serve one year, so that from the next June three seats are elected each year.
 */
export function firstCycleTerms(electionYear: number, oneYearSeats: readonly number[] = FIRST_CYCLE_ONE_YEAR_SEATS): Term[] {
  if (oneYearSeats.length !== SEATS_PER_CYCLE) throw new Error(`Exactly ${SEATS_PER_CYCLE} seats serve one year in the first cycle.`);
  return CASES_SEAT_CATEGORIES.map((category) => termStarting(electionYear, category, oneYearSeats.includes(category) ? 1 : TERM_YEARS));
}

/** The seats whose terms end on June 30 of `year`: those on the ballot that June. */
export function seatsUpForElection(currentTerms: readonly Term[], year: number): number[] {
  return currentTerms
    .filter((term) => term.end === `${year}-06-30`)
    .map((term) => term.seatCategory)
    .sort((a, b) => a - b);
}

/** The term a seat holds on `day` (yyyy-mm-dd), if any. */
export function termOn(terms: readonly Term[], seatCategory: number, day: string): Term | undefined {
  return terms.find((term) => term.seatCategory === seatCategory && term.start <= day && day <= term.end);
}

export type SeatResult = { kind: "elected"; candidate: string; votes: number } | { kind: "runoff"; candidates: string[]; votes: number } | { kind: "no_votes" };

/**
 * Plurality for one seat; a tie for first place goes to a runoff among the tied only.
 * Product rule: the plan says how many are elected and for how long (2.8), not how votes are
 * counted, so plurality and "a tie goes to a runoff among the tied" are the product's.
 */
export function seatResult(votesByCandidate: Readonly<Record<string, number>>): SeatResult {
  const entries = Object.entries(votesByCandidate).filter(([, votes]) => votes > 0);
  if (entries.length === 0) return { kind: "no_votes" };
  const top = Math.max(...entries.map(([, votes]) => votes));
  const leaders = entries
    .filter(([, votes]) => votes === top)
    .map(([candidate]) => candidate)
    .sort();
  return leaders.length === 1 ? { kind: "elected", candidate: leaders[0]!, votes: top } : { kind: "runoff", candidates: leaders, votes: top };
}

/**
 * The seats on the ballot in June of `year`, each with the term its winner will serve: the
 * seats whose terms end on June 30 that year and have no successor yet. With no term on
 * record at all, it is the first cycle: all six seats, three of them for one year.
 */
export function regularElectionSeats(terms: readonly Term[], year: number): Term[] {
  if (terms.length === 0) return firstCycleTerms(year);
  const succeeded = new Set(terms.filter((term) => term.start >= `${year}-07-01`).map((term) => term.seatCategory));
  return [...new Set(seatsUpForElection(terms, year))].filter((category) => !succeeded.has(category)).map((category) => termStarting(year, category));
}
