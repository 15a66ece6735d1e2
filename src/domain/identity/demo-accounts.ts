import type { Role } from "@/domain/identity/roles";

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

/** A CASES TAB member: advises the ESC from a TAB seat and holds the matching consortium role. */
function casesTab(email: string, label: string, name: string, role: Role, title: string, seat: number): DemoAccount {
  return { email, label, name, title, roles: [{ role, scope: { type: "CONSORTIUM", code: "CASES" } }], seat: { committee: "CASES-TAB", seat } };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "admin@demo.local",
    label: "Administrator",
    name: "Alex Admin",
    title: "System administrator",
    roles: [{ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "chair@demo.local",
    label: "CASES ESC chair",
    name: "Casey Chair",
    title: "TSD Assistant Deputy Director",
    roles: [],
    seat: { committee: "CASES-ESC", seat: 0 },
  },
  { ...escMember("esc.member@demo.local", "Erin Member", "butte", "Butte", 4), label: "CASES ESC voting member" },
  casesTab("cpl@demo.local", "CASES Consortium Project Leader (TAB)", "Pat Leader", "CONSORTIUM_PROJECT_LEADER", "CASES Consortium Project Leader", 0),
  {
    email: "process.manager@demo.local",
    label: "Third Party Access Process Manager",
    name: "Morgan Manager",
    title: "Third Party Access Process Manager",
    roles: [{ role: "PROCESS_MANAGER", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "process.owner@demo.local",
    label: "Third Party Access Process Owner",
    name: "Owen Owner",
    title: "Third Party Access Process Owner",
    roles: [{ role: "PROCESS_OWNER", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "director@demo.local",
    label: "LCSA Director, Los Angeles",
    name: "Dana Director",
    title: "Director, Los Angeles LCSA",
    roles: [director("los-angeles")],
  },
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
  casesTab(
    "ctm@demo.local",
    "CASES Consortium Technical Manager (TAB)",
    "Taylor Tech",
    "CONSORTIUM_TECHNICAL_MANAGER",
    "CASES Consortium Technical Manager",
    1,
  ),
  casesTab("mo.vendor@demo.local", "M&O Vendor Project Manager (TAB)", "Val Vendor", "MO_VENDOR_PROJECT_MANAGER", "M&O Vendor Project Manager", 2),
  casesTab("mo.contract@demo.local", "M&O Contract Manager (TAB)", "Kim Contract", "MO_CONTRACT_MANAGER", "M&O Contract Manager", 3),
  // Governance plan 1.5 and 2.5: the Business Analysts support workgroups and report to the CTM.
  {
    email: "analyst@demo.local",
    label: "CASES Consortium Business Analyst",
    name: "Bea Analyst",
    title: "CASES Business Analyst",
    roles: [{ role: "CONSORTIUM_BUSINESS_ANALYST", scope: { type: "CONSORTIUM", code: "CASES" } }],
  },
  // Governance plan 5.1.1: the escalation chain above the CPL.
  {
    email: "tsd.deputy@demo.local",
    label: "TSD Deputy Director",
    name: "Drew Deputy",
    title: "Deputy Director, Technology Services Division",
    roles: [{ role: "TSD_DEPUTY_DIRECTOR", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "directorate@demo.local",
    label: "DCSS Directorate",
    name: "Dominique Reyes",
    title: "Chief Deputy Director, DCSS",
    roles: [{ role: "DCSS_DIRECTORATE", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "ccsas.leader@demo.local",
    label: "CCSAS Project Leader",
    name: "Quinn Okonkwo",
    title: "CCSAS Project Leader",
    roles: [{ role: "CCSAS_PROJECT_LEADER", scope: { type: "STATEWIDE" } }],
  },
  // More of category 4 (with the Butte Director, esc.member@), so a June election has candidates and voters to try.
  {
    email: "director.marin@demo.local",
    label: "LCSA Director, Marin (category 4)",
    name: "Maya Torres",
    title: "Director, Marin LCSA",
    roles: [director("marin")],
  },
  {
    email: "director.placer@demo.local",
    label: "LCSA Director, Placer (category 4)",
    name: "Paul Grant",
    title: "Director, Placer LCSA",
    roles: [director("placer")],
  },
  {
    email: "designee.butte@demo.local",
    label: "LCSA Director's designee, Butte (category 4)",
    name: "Bailey Brooks",
    title: "Assistant Director, Butte LCSA (the Director's designee)",
    roles: [{ role: "LCSA_DIRECTOR_DESIGNEE", scope: { type: "LCSA", code: "butte" } }],
  },
  {
    email: "ars1@demo.local",
    label: "ARS ESC member, Los Angeles",
    name: "Morgan Reyes",
    title: "Chief Deputy Director, Los Angeles LCSA (the Director's ESC designee)",
    roles: [],
    seat: { committee: "ARS-ESC", seat: 1, lcsa: "los-angeles" },
  },
  {
    email: "ars2@demo.local",
    label: "ARS ESC member, Orange",
    name: "Drew Patel",
    title: "Director, Orange LCSA",
    roles: [director("orange")],
    seat: { committee: "ARS-ESC", seat: 2, lcsa: "orange" },
  },
  {
    email: "ars3@demo.local",
    label: "ARS ESC member, San Diego",
    name: "Quinn Harper",
    title: "Director, San Diego LCSA",
    roles: [director("san-diego")],
    seat: { committee: "ARS-ESC", seat: 3, lcsa: "san-diego" },
  },
  {
    email: "wg.member@demo.local",
    label: "Workgroup member, Alameda",
    name: "Robin Alvarez",
    title: "Child Support Program Manager, Alameda LCSA",
    roles: [{ role: "JAD_MEMBER", scope: { type: "LCSA", code: "alameda" } }],
  },
  // Change requests (Governance plan 3.1): the CCB decides for the CSE; JAD and UAT for CASES.
  {
    email: "ccb@demo.local",
    label: "CCSAS Change Control Board member",
    name: "Cameron Brooks",
    title: "CSE representative, CCSAS Change Control Board",
    roles: [],
    seat: { committee: "CCSAS-CCB", seat: 0 },
  },
  {
    email: "jad@demo.local",
    label: "JAD member, CASES",
    name: "Jamie Ortiz",
    title: "Business analyst, CASES consortium",
    roles: [{ role: "JAD_MEMBER", scope: { type: "CONSORTIUM", code: "CASES" } }],
  },
  {
    email: "uat@demo.local",
    label: "UAT tester, Sacramento",
    name: "Uma Reddy",
    title: "Caseworker supervisor, Sacramento LCSA",
    roles: [{ role: "UAT_TESTER", scope: { type: "LCSA", code: "sacramento" } }],
  },
  // Third Party Access Process 1.5: the roles of the process beyond its Owner, Manager, Director and Requestor.
  {
    email: "legal@demo.local",
    label: "DCSS Legal",
    name: "Lou Counsel",
    title: "Staff counsel, DCSS Office of Legal Services",
    roles: [{ role: "DCSS_LEGAL", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "infrastructure@demo.local",
    label: "Infrastructure Manager",
    name: "Ira Network",
    title: "Infrastructure Manager, CCSAS Systems Management",
    roles: [{ role: "INFRASTRUCTURE_MANAGER", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "sysadmin@demo.local",
    label: "LCSA System Administrator, Los Angeles",
    name: "Sid Admin",
    title: "System Administrator, Los Angeles LCSA",
    roles: [{ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: { type: "LCSA", code: "los-angeles" } }],
  },
  {
    email: "contract.manager@demo.local",
    label: "DCSS Contract Manager",
    name: "Connie Terms",
    title: "Contract Manager, DCSS",
    roles: [{ role: "CONTRACT_MANAGER", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "iso@demo.local",
    label: "DCSS ISO",
    name: "Ivy Secure",
    title: "Information Security Officer, DCSS",
    roles: [{ role: "DCSS_ISO", scope: { type: "STATEWIDE" } }],
  },
  {
    email: "coordinator@demo.local",
    label: "LCSA Third Party Access Coordinator, Los Angeles",
    name: "Cory Liaison",
    title: "Third Party Access Coordinator, Los Angeles LCSA",
    roles: [{ role: "LCSA_TPA_COORDINATOR", scope: { type: "LCSA", code: "los-angeles" } }],
  },
];
