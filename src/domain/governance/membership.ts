import type { Role } from "@/domain/identity/roles";

/**
 * Committee membership comes from the seat registry: whoever holds a seat today has the
 * committee role that seat carries. Governance plan 1.5 and 2: ESC members and the chair
 * vote; TAB members (CPL, CTM, M&O Vendor Project Manager, M&O Contract Manager) advise
 * and never vote.
 */
export type CommitteeKind = "ESC" | "TAB" | "CCB" | "STANDING_WORKGROUP" | "AD_HOC_WORKGROUP";
export type SeatKind = "CHAIR" | "VOTING" | "ADVISORY";

export function membershipRole(committee: CommitteeKind, seat: SeatKind): Role {
  switch (committee) {
    case "ESC":
      return seat === "CHAIR" ? "ESC_CHAIR" : seat === "VOTING" ? "ESC_MEMBER" : "TAB_MEMBER";
    case "TAB":
      return "TAB_MEMBER";
    case "CCB":
      return "CCB_MEMBER";
    case "STANDING_WORKGROUP":
    case "AD_HOC_WORKGROUP":
      return "WORKGROUP_MEMBER";
  }
}

/** The seats whose holders vote on the committee's motions. */
export const VOTING_SEAT_KINDS: readonly SeatKind[] = ["CHAIR", "VOTING"];
