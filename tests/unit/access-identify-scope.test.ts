import { describe, expect, it } from "vitest";
import { identifiesSomewhere } from "@/components/access/identify-scope";
import type { Grant } from "@/lib/permissions";

const person = (...grants: Grant[]) => ({ id: "p", grants });
const lcsa = (lcsaId: string) => ({ type: "LCSA" as const, lcsaId });

/** Who is offered "Identify a Requestor": Third Party Access Process 6.2, "the LCSA Director for that county", and no one else. */
describe("identifiesSomewhere", () => {
  it("offers it to an LCSA Director of some LCSA", () => {
    expect(identifiesSomewhere(person({ role: "LCSA_DIRECTOR", scope: lcsa("los-angeles") }))).toBe(true);
    expect(identifiesSomewhere(person({ role: "LCSA_TPA_COORDINATOR", scope: lcsa("orange") }, { role: "LCSA_DIRECTOR", scope: lcsa("los-angeles") }))).toBe(
      true,
    );
  });

  it("not to the Director's designee, the LCSA's other access roles, DCSS's roles, a Requestor or an administrator", () => {
    for (const grants of [
      [{ role: "LCSA_DIRECTOR_DESIGNEE", scope: lcsa("los-angeles") }],
      [{ role: "LCSA_TPA_COORDINATOR", scope: lcsa("los-angeles") }],
      [{ role: "LCSA_SYSTEM_ADMINISTRATOR", scope: lcsa("los-angeles") }],
      [{ role: "PROCESS_MANAGER", scope: { type: "STATEWIDE" } }],
      [{ role: "PROCESS_OWNER", scope: { type: "STATEWIDE" } }],
      [{ role: "REQUESTOR", scope: { type: "ORGANIZATION", organizationId: "org" } }],
      [{ role: "ADMINISTRATOR", scope: { type: "STATEWIDE" } }],
      [],
    ] as Grant[][]) {
      expect(identifiesSomewhere(person(...grants)), JSON.stringify(grants)).toBe(false);
    }
  });
});
