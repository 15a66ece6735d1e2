import type { Role } from "./roles.ts";

/**
 * Demo accounts, one per key role, all with the password `ccsas-demo`. Loaded only for the
 * embedded default (or when `npm run db:seed` is run); the sign-in page lists them.
 * Committee members hold seats (terms in the registry) rather than committee roles: the
 * seat gives the role (src/domain/governance/membership.ts).
 */
export const DEMO_PASSWORD = "ccsas-demo";

export type DemoScope =
  | { type: "STATEWIDE" }
  | { type: "CONSORTIUM"; code: string }
  | { type: "LCSA"; code: string }
  | { type: "COMMITTEE"; code: string }
  | { type: "ORGANIZATION"; name: string };

export interface DemoSeat {
  committee: string;
  /** The seat's place on the committee (prisma/seed/reference.ts: 0 is the chair's). */
  seat: number;
  /** The LCSA the member represents. */
  lcsa?: string;
}

export interface DemoAccount {
  email: string;
  /** What the sign-in page calls this account. */
  label: string;
  name: string;
  title: string;
  roles: { role: Role; scope: DemoScope }[];
  seat?: DemoSeat;
}

const director = (lcsa: string): DemoAccount["roles"][number] => ({ role: "LCSA_DIRECTOR", scope: { type: "LCSA", code: lcsa } });

/** A CASES ESC member: the Director of an LCSA in the seat's caseload category (demo categories). */
function escMember(email: string, name: string, lcsa: string, lcsaName: string, category: number): DemoAccount {
  return {
    email,
    label: `CASES ESC member, category ${category}`,
    name,
    title: `Director, ${lcsaName} LCSA`,
    roles: [director(lcsa)],
    seat: { committee: "CASES-ESC", seat: category, lcsa },
  };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@demo.local", label: "Administrator", name: "Alex Admin", title: "System administrator", roles: [{ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }] },
  { email: "chair@demo.local", label: "CASES ESC chair", name: "Casey Chair", title: "TSD Assistant Deputy Director", roles: [], seat: { committee: "CASES-ESC", seat: 0 } },
  { ...escMember("esc.member@demo.local", "Erin Member", "butte", "Butte", 4), label: "CASES ESC voting member" },
  {
    email: "cpl@demo.local",
    label: "CASES Consortium Project Leader (TAB)",
    name: "Pat Leader",
    title: "CASES Consortium Project Leader",
    roles: [{ role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", code: "CASES" } }],
    seat: { committee: "CASES-TAB", seat: 0 },
  },
  { email: "process.manager@demo.local", label: "Third Party Access Process Manager", name: "Morgan Manager", title: "Third Party Access Process Manager", roles: [{ role: "PROCESS_MANAGER", scope: { type: "STATEWIDE" } }] },
  { email: "process.owner@demo.local", label: "Third Party Access Process Owner", name: "Owen Owner", title: "Third Party Access Process Owner", roles: [{ role: "PROCESS_OWNER", scope: { type: "STATEWIDE" } }] },
  { email: "director@demo.local", label: "LCSA Director, Los Angeles", name: "Dana Director", title: "Director, Los Angeles LCSA", roles: [director("los-angeles")] },
  {
    email: "requestor@demo.local",
    label: "Requestor, Los Angeles IV-A",
    name: "Riley Requestor",
    title: "Los Angeles IV-A contact",
    roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", name: "Los Angeles IV-A" } }],
  },
  escMember("esc2@demo.local", "Jordan Avila", "colusa", "Colusa", 1),
  escMember("esc3@demo.local", "Sam Okafor", "madera", "Madera", 2),
  escMember("esc4@demo.local", "Lee Nakamura", "humboldt", "Humboldt", 3),
  escMember("esc5@demo.local", "Rosa Delgado", "kern", "Kern", 5),
  escMember("esc6@demo.local", "Chris Whitfield", "fresno", "Fresno", 6),
  {
    email: "ctm@demo.local",
    label: "CASES Consortium Technical Manager (TAB)",
    name: "Taylor Tech",
    title: "CASES Consortium Technical Manager",
    roles: [{ role: "CONSORTIUM_TECHNICAL_MANAGER", scope: { type: "CONSORTIUM", code: "CASES" } }],
    seat: { committee: "CASES-TAB", seat: 1 },
  },
  {
    email: "mo.vendor@demo.local",
    label: "M&O Vendor Project Manager (TAB)",
    name: "Val Vendor",
    title: "M&O Vendor Project Manager",
    roles: [{ role: "MO_VENDOR_PROJECT_MANAGER", scope: { type: "CONSORTIUM", code: "CASES" } }],
    seat: { committee: "CASES-TAB", seat: 2 },
  },
  {
    email: "mo.contract@demo.local",
    label: "M&O Contract Manager (TAB)",
    name: "Kim Contract",
    title: "M&O Contract Manager",
    roles: [{ role: "MO_CONTRACT_MANAGER", scope: { type: "CONSORTIUM", code: "CASES" } }],
    seat: { committee: "CASES-TAB", seat: 3 },
  },
  {
    email: "ars1@demo.local",
    label: "ARS ESC member, Los Angeles",
    name: "Morgan Reyes",
    title: "Chief Deputy Director, Los Angeles LCSA (the Director's ESC designee)",
    roles: [],
    seat: { committee: "ARS-ESC", seat: 1, lcsa: "los-angeles" },
  },
  { email: "ars2@demo.local", label: "ARS ESC member, Orange", name: "Drew Patel", title: "Director, Orange LCSA", roles: [director("orange")], seat: { committee: "ARS-ESC", seat: 2, lcsa: "orange" } },
  { email: "ars3@demo.local", label: "ARS ESC member, San Diego", name: "Quinn Harper", title: "Director, San Diego LCSA", roles: [director("san-diego")], seat: { committee: "ARS-ESC", seat: 3, lcsa: "san-diego" } },
];
