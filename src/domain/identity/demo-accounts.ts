import type { Role } from "./roles.ts";

/**
 * Demo accounts, one per key role, all with the password `ccsas-demo`. Loaded only for the
 * embedded default (or when `npm run db:seed` is run); the sign-in page lists them.
 */
export const DEMO_PASSWORD = "ccsas-demo";

export type DemoScope =
  | { type: "STATEWIDE" }
  | { type: "CONSORTIUM"; code: string }
  | { type: "LCSA"; code: string }
  | { type: "COMMITTEE"; code: string }
  | { type: "ORGANIZATION"; name: string };

export interface DemoAccount {
  email: string;
  /** What the sign-in page calls this account. */
  label: string;
  name: string;
  title: string;
  roles: { role: Role; scope: DemoScope }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@demo.local",
    label: "Administrator", name: "Alex Admin", title: "System administrator", roles: [{ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }] },
  {
    email: "chair@demo.local",
    label: "CASES ESC chair",
    name: "Casey Chair",
    title: "TSD Assistant Deputy Director",
    roles: [{ role: "ESC_CHAIR", scope: { type: "COMMITTEE", code: "CASES-ESC" } }],
  },
  {
    email: "esc.member@demo.local",
    label: "CASES ESC voting member",
    name: "Erin Member",
    title: "Director, Butte LCSA",
    roles: [
      { role: "ESC_MEMBER", scope: { type: "COMMITTEE", code: "CASES-ESC" } },
      { role: "LCSA_DIRECTOR", scope: { type: "LCSA", code: "butte" } },
    ],
  },
  {
    email: "cpl@demo.local",
    label: "CASES Consortium Project Leader (TAB)",
    name: "Pat Leader",
    title: "CASES Consortium Project Leader",
    roles: [
      { role: "CONSORTIUM_PROJECT_LEADER", scope: { type: "CONSORTIUM", code: "CASES" } },
      { role: "TAB_MEMBER", scope: { type: "COMMITTEE", code: "CASES-TAB" } },
    ],
  },
  { email: "process.manager@demo.local",
    label: "Third Party Access Process Manager", name: "Morgan Manager", title: "Third Party Access Process Manager", roles: [{ role: "PROCESS_MANAGER", scope: { type: "STATEWIDE" } }] },
  { email: "process.owner@demo.local",
    label: "Third Party Access Process Owner", name: "Owen Owner", title: "Third Party Access Process Owner", roles: [{ role: "PROCESS_OWNER", scope: { type: "STATEWIDE" } }] },
  { email: "director@demo.local",
    label: "LCSA Director, Los Angeles", name: "Dana Director", title: "Director, Los Angeles LCSA", roles: [{ role: "LCSA_DIRECTOR", scope: { type: "LCSA", code: "los-angeles" } }] },
  {
    email: "requestor@demo.local",
    label: "Requestor, Los Angeles IV-A",
    name: "Riley Requestor",
    title: "Los Angeles IV-A contact",
    roles: [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", name: "Los Angeles IV-A" } }],
  },
];

