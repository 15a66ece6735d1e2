import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { AllocationRow, Component, ConsortiumDefinition, County, Lcsa } from "../extract/types.ts";
import { seedConversions } from "./conversions.ts";

/**
 * Loads the reference data extracted from the source documents (prisma/data/*.json, made
 * by `npm run data:extract`). Idempotent: rows are matched by their natural keys, and a
 * caseload category someone has edited is never overwritten.
 */
const DATA_DIR = path.resolve(import.meta.dirname, "../data");

async function load<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(DATA_DIR, file), "utf8")) as T;
}

// Governance plan 1.5 and 3.1.3: the committees every installation has.
const COMMITTEES = [
  { code: "ARS-ESC", name: "ARS Executive Steering Committee", kind: "ESC", consortium: "ARS" },
  { code: "CASES-ESC", name: "CASES Executive Steering Committee", kind: "ESC", consortium: "CASES" },
  { code: "ARS-TAB", name: "ARS Technical Advisory Board", kind: "TAB", consortium: "ARS" },
  { code: "CASES-TAB", name: "CASES Technical Advisory Board", kind: "TAB", consortium: "CASES" },
  { code: "CCSAS-CCB", name: "CCSAS Change Control Board", kind: "CCB", consortium: null },
] as const;

type SeatSpec = { title: string; kind: "CHAIR" | "VOTING" | "ADVISORY"; caseloadCategory?: number };

// Governance plan 2.1: the CASES ESC seats one elected member per caseload size category
// plus the chair (TSD Assistant Deputy Director, who votes); the ARS ESC is its three
// Directors plus the chair. 1.5: the TABs are the CPL and CTM, and for CASES also the M&O
// Vendor Project Manager and M&O Contract Manager, who advise and never vote.
const CHAIR: SeatSpec = { title: "Chair (TSD Assistant Deputy Director)", kind: "CHAIR" };
const SEATS: Record<string, SeatSpec[]> = {
  "CASES-ESC": [
    CHAIR,
    ...[1, 2, 3, 4, 5, 6].map((category) => ({ title: `Caseload category ${category}`, kind: "VOTING" as const, caseloadCategory: category })),
  ],
  "ARS-ESC": [CHAIR, ...["Los Angeles", "Orange", "San Diego"].map((lcsa) => ({ title: `${lcsa} Director`, kind: "VOTING" as const }))],
  "CASES-TAB": ["Consortium Project Leader", "Consortium Technical Manager", "M&O Vendor Project Manager", "M&O Contract Manager"].map((title) => ({
    title,
    kind: "ADVISORY" as const,
  })),
  "ARS-TAB": ["Consortium Project Leader", "Consortium Technical Manager"].map((title) => ({ title, kind: "ADVISORY" as const })),
  // Governance plan 3.1.3 lists the CCSAS components and their owners (CSE, SDU, WAN, IDB,
  // CSR, and each consortium). Product rule: the CCB has one voting seat per component on
  // that list (the plan does not say how the CCB is seated or how it votes), and no chair.
  "CCSAS-CCB": [
    "CSE (Business Partner, for FTB)",
    "SDU (Service Provider, for DCSS)",
    "WAN (HHS State Data Center)",
    "IDB (DCSS)",
    "CSR (DCSS)",
    "ARS consortium",
    "CASES consortium",
  ].map((title) => ({
    title,
    kind: "VOTING" as const,
  })),
};

export async function seedReference(db: PrismaClient): Promise<void> {
  const [consortia, counties, lcsas, components, allocation] = await Promise.all([
    load<ConsortiumDefinition[]>("consortia.json"),
    load<County[]>("counties.json"),
    load<Lcsa[]>("lcsas.json"),
    load<Component[]>("ccsas-components.json"),
    load<AllocationRow[]>("allocation-guide.json"),
  ]);

  await db.$transaction(
    async (tx) => {
      const consortiumId = new Map<string, string>();
      for (const consortium of consortia) {
        // The name is the system the consortium is named for, as Governance plan 1.5 defines it
        // (pages show it after the code: "CASES: Computer Assisted Support Enforcement System").
        const name = consortium.system;
        const row = await tx.consortium.upsert({ where: { code: consortium.code }, create: { code: consortium.code, name }, update: { name } });
        consortiumId.set(row.code, row.id);
      }

      const lcsaId = new Map<string, string>();
      for (const lcsa of lcsas) {
        const row = await tx.lcsa.upsert({
          where: { code: lcsa.code },
          create: {
            code: lcsa.code,
            name: lcsa.name,
            consortiumId: consortiumId.get(lcsa.consortium)!,
            caseloadCategory: lcsa.caseloadCategory,
            caseloadCategoryIsDemo: true,
          },
          update: { name: lcsa.name, consortiumId: consortiumId.get(lcsa.consortium)! },
        });
        lcsaId.set(row.code, row.id);
      }

      const countyId = new Map<string, string>();
      for (const county of counties) {
        const data = { consortiumId: consortiumId.get(county.consortium)!, lcsaId: lcsaId.get(county.lcsa)! };
        const row = await tx.county.upsert({ where: { name: county.name }, create: { name: county.name, ...data }, update: data });
        countyId.set(row.name, row.id);
      }
      // Section 3's conversion dates are not in the documents: demo values, only where none is set.
      await seedConversions(tx);

      for (const [index, component] of components.entries()) {
        await tx.ccsasComponent.upsert({
          where: { code: component.code },
          create: { ...component, sortOrder: index },
          update: { owner: component.owner, sortOrder: index },
        });
      }

      // Version 1 of the guide is the table as the process document publishes it (section 1.6);
      // later versions are the Process Owner's revisions (section 9), which the seed never touches.
      const guide = await tx.allocationGuideVersion.upsert({
        where: { number: 1 },
        create: { number: 1, note: "As published in the CCSAS Third Party Access Process v1.1, section 1.6." },
        update: {},
      });
      for (const [index, row] of allocation.entries()) {
        const data = {
          versionId: guide.id,
          lcsaId: lcsaId.get(row.lcsa)!,
          label: row.label,
          organization: row.organization,
          preConversionUsers: row.preConversionUsers,
          reserved: row.reserved,
        };
        await tx.allocationGuideRow.upsert({
          where: { versionId_sortOrder: { versionId: guide.id, sortOrder: index } },
          create: { ...data, sortOrder: index },
          update: data,
        });
        // Each organization the guide names is a third-party organization in that county.
        const county = countyId.get(row.label);
        if (row.organization && county) {
          const name = `${row.label} ${row.organization}`;
          await tx.thirdPartyOrganization.upsert({
            where: { name },
            create: { name, countyId: county, lcsaId: data.lcsaId, guideOrganization: row.organization },
            update: { guideOrganization: row.organization },
          });
        }
      }

      for (const committee of COMMITTEES) {
        const data = { name: committee.name, kind: committee.kind, consortiumId: committee.consortium ? consortiumId.get(committee.consortium)! : null };
        await tx.committee.upsert({ where: { code: committee.code }, create: { code: committee.code, ...data }, update: data });
      }

      for (const [code, seats] of Object.entries(SEATS)) {
        const committee = await tx.committee.findUniqueOrThrow({ where: { code }, select: { id: true } });
        for (const [sortOrder, seat] of seats.entries()) {
          const data = { title: seat.title, kind: seat.kind, caseloadCategory: seat.caseloadCategory ?? null };
          await tx.seat.upsert({
            where: { committeeId_sortOrder: { committeeId: committee.id, sortOrder } },
            create: { committeeId: committee.id, sortOrder, ...data },
            update: data,
          });
        }
      }

      await tx.auditEvent.create({
        data: {
          action: "system.seed_reference",
          entityType: "ReferenceData",
          summary: `Loaded reference data: ${counties.length} counties, ${lcsas.length} LCSAs, ${components.length} CCSAS components, ${allocation.length} allocation guide rows`,
        },
      });
    },
    { timeout: 60_000 },
  );
}
