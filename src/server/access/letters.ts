import "server-only";
import {
  conditionalAcceptanceLetter,
  invitationLetter,
  PROCESS_MANAGER_DEFAULTS,
  rejectionLetter,
  type Letter,
  type ProcessManagerContact,
  type RequestorContact,
} from "@/domain/access/letters";
import { californiaDayOf } from "@/domain/calendar/day";
import type { ApplicationDetail } from "@/server/access/queries";

/** The letters of an application, as the page's address names them. */
export const LETTER_KINDS = ["invitation", "acceptance", "rejection"] as const;
export type LetterSlug = (typeof LETTER_KINDS)[number];

export const LETTER_NAMES: Record<LetterSlug, string> = {
  invitation: "Invitation letter",
  acceptance: "Notice of Conditional Acceptance",
  rejection: "Notice of Rejection",
};

export function isLetterSlug(value: string): value is LetterSlug {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/**
 * Process 6.2: the Process Manager is reached as "CCSAS User Administrator" at the P.O. Box, the
 * fax and the mailbox. The app holds no telephone number for anyone, so the letters' "contact me
 * at" gives the mailbox (the product's rule; Appendix A leaves it "(916) XXX-XXXX").
 */
const PROCESS_MANAGER_TITLE = "CCSAS User Administrator";

function processManager(name: string | null): ProcessManagerContact {
  return { name: name ?? PROCESS_MANAGER_TITLE, phone: PROCESS_MANAGER_DEFAULTS.email };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Process 6.2 item 1: "Name, title and address of individual at the organization to invite." */
function invitee(application: ApplicationDetail): RequestorContact {
  return {
    name: application.inviteeName,
    title: application.inviteeTitle,
    organization: application.organization.name,
    address: lines(application.inviteeAddress),
  };
}

/**
 * Process 6.6 item 2: the conditional acceptance goes "to the Requestor's Contact Person", as
 * Appendix B names them; at the address the Director gave (the application asks none).
 */
function contactPerson(application: ApplicationDetail): RequestorContact {
  const form = application.form;
  return {
    ...invitee(application),
    ...(form?.contactName ? { name: form.contactName, title: form.contactTitle } : {}),
    organization: form?.requestorName || application.organization.name,
  };
}

/** 6.2 item 1 and Appendix A: "[name of LCSA Director that identified the Requestor]"; "cc: LCSA Director". */
const director = (application: ApplicationDetail) => ({ name: application.identifiedBy.name, lcsa: application.lcsa.name });

/**
 * The letter of that kind for the application, or null while it does not apply: the invitation
 * from the identification on (before it is sent, dated today, as a preview; not for an
 * application withdrawn before it went), the conditional acceptance once approved (6.6 item 2),
 * the rejection once rejected (6.6 item 1). Each is dated the California day its step was taken.
 */
export function applicationLetter(application: ApplicationDetail, kind: LetterSlug, now = new Date()): Letter | null {
  switch (kind) {
    case "invitation": {
      if (!application.invitationSentAt && application.state !== "IDENTIFIED") return null;
      return invitationLetter({
        date: californiaDayOf(application.invitationSentAt ?? now),
        requestor: invitee(application),
        director: director(application),
        processManager: processManager(application.invitationSentBy),
        recommendedAccounts: application.recommendedAccounts,
      });
    }
    case "acceptance": {
      if (!application.decidedAt || application.approvedAccounts === null || application.state === "REJECTED") return null;
      return conditionalAcceptanceLetter({
        date: californiaDayOf(application.decidedAt),
        requestor: contactPerson(application),
        director: director(application),
        processManager: processManager(application.invitationSentBy),
        approvedAccounts: application.approvedAccounts,
        processOwnerName: application.decidedBy?.name ?? "Process Owner",
        // 6.2 item 2: the LCSA Third Party Access Coordinator the Director named, with their contact as given.
        coordinator: { name: application.coordinatorName, title: application.coordinatorTitle, address: lines(application.coordinatorContact) },
      });
    }
    case "rejection": {
      if (application.state !== "REJECTED" || !application.decidedAt || !application.rejectionReason) return null;
      return rejectionLetter({
        date: californiaDayOf(application.decidedAt),
        requestor: contactPerson(application),
        director: director(application),
        processManager: processManager(application.invitationSentBy),
        processOwnerName: application.decidedBy?.name ?? "Process Owner",
        reason: application.rejectionReason,
      });
    }
  }
}

/** The letters that apply to the application now, for its page's links. */
export function applicationLetters(application: ApplicationDetail, now = new Date()): { kind: LetterSlug; name: string; preview: boolean }[] {
  return LETTER_KINDS.flatMap((kind) =>
    applicationLetter(application, kind, now) ? [{ kind, name: LETTER_NAMES[kind], preview: kind === "invitation" && !application.invitationSentAt }] : [],
  );
}

/** The PDF's file name: "TPA-0007-invitation-letter.pdf". */
export function letterFileName(application: ApplicationDetail, kind: LetterSlug): string {
  return `${application.label}-${LETTER_NAMES[kind].toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`;
}
