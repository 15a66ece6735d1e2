import { nominatorProblem, withdrawerProblem } from "@/domain/governance/election-eligibility";
import { definePermissions, type ResourceScope } from "@/lib/permissions";
import { administrators, chairsCommittee, directsLcsa, programStaff, representsLcsa, sitsOnCommittee } from "@/domain/governance/committee-rules";

/**
 * Committees, their seats and terms (Governance plan 2), and CASES ESC elections (2.8), with
 * their meetings, motions, workgroups and materials: the program's own business, so staff of
 * the program read them and a third-party Requestor (an outside organization) does not
 * (product rule; the requestor's pages are third-party access and the public ones).
 */
export const governancePermissions = definePermissions("governance", {
  read: (principal, _resource?: ResourceScope) => programStaff(principal),
  /** A committee's quorum and majority (product rules an office chooses): the administrator's. */
  setVotingRules: (principal, _resource?: ResourceScope) => administrators(principal),
});

/** A candidacy put forward: the election's committee, and whom it names for which LCSA. */
export interface NominationScope {
  committeeId: string;
  candidateId: string;
  lcsaId: string;
}

export const electionPermissions = definePermissions("elections", {
  open: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  /** Electorate, schedule, counting and certification of an election of the committee. */
  manage: (principal, resource?: ResourceScope) => chairsCommittee(principal, resource),
  /** Which LCSAs of an election's electorate have voted, and who cast each vote. */
  viewTurnout: (principal, resource?: ResourceScope) => sitsOnCommittee(principal, resource),
  /**
   * Taking part at all (nominating, voting): anyone signed in reaches the election's own
   * checks; who may nominate whom and who votes for which LCSA are `nominate` and `vote`,
   * asked once the candidate or the LCSA is known.
   */
  takePart: (principal, _resource?: ResourceScope) => programStaff(principal),
  /** The candidate themself, the Director of the candidate's LCSA, or the committee's chair. */
  nominate: (principal, resource: NominationScope) =>
    nominatorProblem({
      actorId: principal.id,
      candidateId: resource.candidateId,
      directsCandidateLcsa: directsLcsa(principal, { lcsaId: resource.lcsaId }),
      chairs: chairsCommittee(principal, { committeeId: resource.committeeId }),
    }) ?? true,
  /** Anyone who could have made the nomination, and whoever made it. */
  withdrawNomination: (principal, resource: NominationScope & { nominatedById: string }) =>
    withdrawerProblem({
      actorId: principal.id,
      candidateId: resource.candidateId,
      nominatedById: resource.nominatedById,
      directsCandidateLcsa: directsLcsa(principal, { lcsaId: resource.lcsaId }),
      chairs: chairsCommittee(principal, { committeeId: resource.committeeId }),
    }) ?? true,
  /** An LCSA's vote is cast by its Director or the Director's designee. */
  vote: (principal, resource: { lcsaId: string; lcsaName: string }) =>
    representsLcsa(principal, { lcsaId: resource.lcsaId }) || `Only the ${resource.lcsaName} LCSA's Director, or the Director's designee, casts its vote.`,
});
