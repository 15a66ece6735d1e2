import type { Prisma } from "../../src/generated/prisma/client.ts";

/**
 * DEMO VALUES, not from the documents. The Third Party Access Process (section 3) says that
 * access comes first in counties whose LCSA has converted to CSE, and that invitations go out
 * "a minimum of two months after conversion", but it gives no county's conversion date or wave.
 * These are placeholders an administrator replaces (Administration, Counties' CSE conversions):
 * each is seeded only where the county has no date yet, and marked as a demo value.
 *
 * Plausible waves: four, the first three across 2026 and the last in 2027. Los Angeles, Orange
 * and San Diego (ARS) and the other large counties convert first, well before December 2026, so
 * their Requestors can be invited; wave 4's small counties convert in March 2027, so an
 * invitation to one of their Requestors is refused until two months after that. A regional
 * LCSA's counties convert together (the LCSA converts, not the county).
 */
export const DEMO_WAVES: Readonly<Record<number, string>> = {
  1: "2026-02-02",
  2: "2026-05-04",
  3: "2026-09-14",
  4: "2027-03-01",
};

export const DEMO_COUNTY_WAVES: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  // Wave 1: the ARS consortium and the largest CASES counties.
  "Los Angeles": 1,
  Orange: 1,
  "San Diego": 1,
  Alameda: 1,
  Sacramento: 1,
  "Santa Clara": 1,
  "San Francisco": 1,
  "Contra Costa": 1,
  Fresno: 1,
  Riverside: 1,
  "San Bernardino": 1,
  Ventura: 1,
  Kern: 1,
  "San Mateo": 1,
  // Wave 2.
  Merced: 2,
  Monterey: 2,
  "San Joaquin": 2,
  Stanislaus: 2,
  Sonoma: 2,
  Solano: 2,
  "Santa Barbara": 2,
  "San Luis Obispo": 2,
  Placer: 2,
  "El Dorado": 2,
  Tulare: 2,
  Marin: 2,
  Napa: 2,
  Yolo: 2,
  Shasta: 2,
  Butte: 2,
  // Wave 3, with the regional LCSAs Eastern Sierra, Santa Cruz San Benito, Sierra Nevada and Siskiyou/Modoc.
  Humboldt: 3,
  Imperial: 3,
  Kings: 3,
  Lake: 3,
  Lassen: 3,
  Madera: 3,
  Mendocino: 3,
  Sutter: 3,
  Tehama: 3,
  Yuba: 3,
  "Santa Cruz": 3,
  "San Benito": 3,
  Nevada: 3,
  Sierra: 3,
  Siskiyou: 3,
  Modoc: 3,
  Inyo: 3,
  Mono: 3,
  // Wave 4 (2027), with the regional LCSA Central Sierra.
  Alpine: 4,
  Amador: 4,
  Calaveras: 4,
  Tuolumne: 4,
  Colusa: 4,
  "Del Norte": 4,
  Glenn: 4,
  Mariposa: 4,
  Plumas: 4,
  Trinity: 4,
};

/**
 * Gives each county without a conversion date its demo wave and date, marked as demo values.
 * A date someone has set (or an earlier seed gave) is never overwritten, so seeding again is safe.
 */
export async function seedConversions(tx: Prisma.TransactionClient): Promise<number> {
  let seeded = 0;
  for (const [name, wave] of Object.entries(DEMO_COUNTY_WAVES)) {
    const { count } = await tx.county.updateMany({
      where: { name, cseConversionOn: null },
      data: { cseConversionOn: new Date(`${DEMO_WAVES[wave]}T00:00:00Z`), conversionWave: wave, conversionIsDemo: true },
    });
    seeded += count;
  }
  return seeded;
}
