/**
 * A third-party access application's states and the moves between them: CCSAS Third Party
 * Access Process v1.1, sections 6.2 to 6.9 (application and approval) and 10.2 (renewal).
 * What happens after the countersignature (the office ID, the infrastructure evaluation, the
 * accounts; section 7) is recorded on an ACTIVE application and does not move it.
 */
export const ACCESS_STATES = [
  "IDENTIFIED",
  "INVITED",
  "UNDER_REVIEW",
  "AWAITING_DECISION",
  "APPROVED",
  "MOU_SIGNED",
  "ACTIVE",
  "REJECTED",
  "WITHDRAWN",
  "SUPERSEDED",
] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

export const ACCESS_STATE_LABELS: Record<AccessState, string> = {
  IDENTIFIED: "Identified, invitation to send",
  INVITED: "Invited, application with the Requestor",
  UNDER_REVIEW: "Legal review and connectivity test",
  AWAITING_DECISION: "With the Process Owner for decision",
  APPROVED: "Conditionally approved, MOU with the Requestor",
  MOU_SIGNED: "MOU signed, countersignature due",
  ACTIVE: "Approved, MOU in force",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  SUPERSEDED: "Renewed (superseded)",
};

/** States from which nothing moves on. */
export const CLOSED_STATES: readonly AccessState[] = ["REJECTED", "WITHDRAWN", "SUPERSEDED"];

/** The moves, each with the states it leaves and the state it reaches. */
export const ACCESS_MOVES = {
  /** 6.3: "Sends invitation letter to Requestor on scheduled date." */
  sendInvitation: { from: ["IDENTIFIED"], to: "INVITED" },
  /** 6.4: "The Requestor completes the Application and sends it to the Process Manager." */
  submitApplication: { from: ["INVITED"], to: "UNDER_REVIEW" },
  /** 6.5 item 3: "Sends Application with Legal sign off and verification of connectivity to Process Owner for approval". */
  forwardForDecision: { from: ["UNDER_REVIEW"], to: "AWAITING_DECISION" },
  /** 6.6 item 2: "Notice of Conditional Acceptance to the Requestor's Contact Person". */
  approve: { from: ["AWAITING_DECISION"], to: "APPROVED" },
  /** 6.6 item 1: "Notice of Rejection and reason to the Requestor with a copy to the LCSA Director". */
  reject: { from: ["AWAITING_DECISION"], to: "REJECTED" },
  /** 6.8 item 1: the Contact Person "Obtains the Requestor's signature for the MOU and returns the original to the Process Manager". */
  returnSignedMou: { from: ["APPROVED"], to: "MOU_SIGNED" },
  /** 6.9 item 1: "Obtains the signature of the MOU by Process Owner". */
  countersign: { from: ["MOU_SIGNED"], to: "ACTIVE" },
  /** The product's: an application that will not go on (the Requestor declines, the Director changes their mind) is withdrawn, never deleted. */
  withdraw: { from: ["IDENTIFIED", "INVITED", "UNDER_REVIEW", "AWAITING_DECISION", "APPROVED", "MOU_SIGNED"], to: "WITHDRAWN" },
} as const satisfies Record<string, { from: readonly AccessState[]; to: AccessState }>;
export type AccessMove = keyof typeof ACCESS_MOVES;

/** Null when the move may be made from `state`, or the sentence the person sees. */
export function moveRefusal(move: AccessMove, state: AccessState): string | null {
  const { from } = ACCESS_MOVES[move];
  if ((from as readonly AccessState[]).includes(state)) return null;
  return `That step is not open: the application is at "${ACCESS_STATE_LABELS[state]}".`;
}

/** "TPA-0007". */
export function applicationNumber(number: number): string {
  return `TPA-${String(number).padStart(4, "0")}`;
}
