/** Types of the reference data extracted from the source documents in ../shared/seeds. */

export type Consortium = "ARS" | "CASES";

/** One row of the 1.6 User Account Allocation Guide table, as parsed (before LCSA resolution). */
export interface RawAllocationRow {
  /** First column as written; continuation rows (empty first column) carry the label of the row above. */
  label: string;
  /** "User Organization" column; null when the cell is empty. */
  organization: string | null;
  /** "# of Pre conversion Users" column; null when the cell is empty. */
  preConversionUsers: number | null;
  /** "Reserved for initial User Allocation #" column. */
  reserved: number;
}

/** An allocation row resolved to the code of the LCSA that serves the county / region it names. */
export interface AllocationRow extends RawAllocationRow {
  lcsa: string;
}

/** One row of the governance plan's "CCSAS Component Organization" table (3.1.3). */
/** A consortium, and the system it is named for (Governance plan 1.5). */
export interface ConsortiumDefinition {
  code: Consortium;
  system: string;
}

export interface Component {
  code: string;
  owner: string;
}

export interface County {
  name: string;
  consortium: Consortium;
  /** Code of the LCSA serving the county. */
  lcsa: string;
}

export interface Lcsa {
  code: string;
  /** The name as the documents give it, e.g. "Alameda", "Eastern Sierra", "Siskiyou/Modoc". */
  name: string;
  consortium: Consortium;
  counties: string[];
  /** 1 (smallest) .. 6 (largest). Demo value: the documents do not assign categories. */
  caseloadCategory: number;
  caseloadCategoryIsDemo: true;
}

/** Consortium membership as stated in prose by the governance plan. */
export interface CasesMembership {
  lcsas: number;
  counties: number;
}

/** Everything the builders need, gathered from the documents plus the editorial tables. */
export interface ReferenceInput {
  /** Rows of the 1.6 allocation table, document order. */
  allocation: RawAllocationRow[];
  /** Names listed in the Appendix D matrix template (used only to discover LCSA names). */
  matrixNames: string[];
  /** Counties of the ARS consortium, from the governance plan. */
  arsCounties: string[];
  /** Number of California counties stated by the documents (58). */
  countyTotal: number;
  /** Regional LCSA name -> member counties (editorial, see regional-lcsas.ts). */
  regionalMembers: Readonly<Record<string, readonly string[]>>;
  /** County name -> approximate population (editorial, see caseload-demo.ts). */
  population: Readonly<Record<string, number>>;
}
