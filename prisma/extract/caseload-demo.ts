/**
 * DEMO caseload size categories, which the documents do not contain.
 *
 * Governance plan 2.1: "The CASES ESC is elected based on one (1) member from each of the six (6)
 * designated caseload size categories". The plan never says which LCSA is in which category, so
 * categories are demo values, flagged `caseloadCategoryIsDemo: true`. CASES LCSAs are ranked by
 * the population they serve (a stand-in for caseload) and split into six equal bands: 1 = smallest,
 * 6 = largest. This matches the plan's 1.2 remark: "San Bernardino and Riverside LCSA are the two
 * largest LCSA now using CASES". ARS LCSAs are not categorised by the plan ("ARS has all three
 * Directors on its ESC"). They get 6, the largest band, so the field is never empty.
 */
import type { Consortium } from "./types.js";
import { compareText } from "./text-utils.js";

/**
 * EDITORIAL TABLE: approximate 2000 US Census population of each county, in thousands. The documents
 * contain no population or caseload figures. This table only orders the demo categories. It is not the
 * source of the county list (see reference-data.ts), though the builder checks that the two agree.
 */
export const APPROX_POPULATION_2000_THOUSANDS: Readonly<Record<string, number>> = {
  Alameda: 1444,
  Alpine: 1,
  Amador: 35,
  Butte: 203,
  Calaveras: 41,
  Colusa: 19,
  "Contra Costa": 949,
  "Del Norte": 28,
  "El Dorado": 156,
  Fresno: 799,
  Glenn: 26,
  Humboldt: 127,
  Imperial: 142,
  Inyo: 18,
  Kern: 662,
  Kings: 129,
  Lake: 58,
  Lassen: 34,
  "Los Angeles": 9519,
  Madera: 123,
  Marin: 247,
  Mariposa: 17,
  Mendocino: 86,
  Merced: 211,
  Modoc: 9,
  Mono: 13,
  Monterey: 402,
  Napa: 124,
  Nevada: 92,
  Orange: 2846,
  Placer: 248,
  Plumas: 21,
  Riverside: 1545,
  Sacramento: 1223,
  "San Benito": 53,
  "San Bernardino": 1709,
  "San Diego": 2814,
  "San Francisco": 777,
  "San Joaquin": 564,
  "San Luis Obispo": 247,
  "San Mateo": 707,
  "Santa Barbara": 399,
  "Santa Clara": 1683,
  "Santa Cruz": 256,
  Shasta: 163,
  Sierra: 4,
  Siskiyou: 44,
  Solano: 395,
  Sonoma: 459,
  Stanislaus: 447,
  Sutter: 79,
  Tehama: 56,
  Trinity: 13,
  Tulare: 368,
  Tuolumne: 55,
  Ventura: 753,
  Yolo: 169,
  Yuba: 60,
};

export const CATEGORY_COUNT = 6;

interface Rankable {
  code: string;
  consortium: Consortium;
  counties: readonly string[];
}

/** LCSA code -> demo caseload category (1..6). */
export function assignDemoCaseloadCategories(lcsas: readonly Rankable[], population: Readonly<Record<string, number>>): Map<string, number> {
  const served = (lcsa: Rankable): number =>
    lcsa.counties.reduce((sum, county) => {
      const value = population[county];
      if (value === undefined) throw new Error(`No population figure for county "${county}"`);
      return sum + value;
    }, 0);
  const cases = lcsas
    .filter((lcsa) => lcsa.consortium === "CASES")
    .map((lcsa) => ({ code: lcsa.code, size: served(lcsa) }))
    .sort((a, b) => a.size - b.size || compareText(a.code, b.code));
  const categories = new Map<string, number>();
  cases.forEach(({ code }, rank) => {
    categories.set(code, Math.floor((rank * CATEGORY_COUNT) / cases.length) + 1);
  });
  for (const lcsa of lcsas) {
    if (lcsa.consortium === "ARS") categories.set(lcsa.code, CATEGORY_COUNT);
  }
  return categories;
}
