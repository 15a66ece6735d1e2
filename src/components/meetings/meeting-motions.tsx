import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { CloseMotionButton } from "@/components/voting/close-motion-button";
import { RollCall } from "@/components/voting/roll-call";
import type { FormAction } from "@/components/forms/form-action";
import type { MeetingDetail } from "@/server/meetings/queries";

type Motion = MeetingDetail["motions"][number];

interface OpenMotionsProps {
  motions: Motion[];
  userId: string;
  /** The chair's close action; null for everyone else. */
  closeAction: FormAction | null;
  /** Say so when none is open (false where the page says it another way). */
  empty?: boolean;
}

/** The live view: each open motion's roll call, refreshed every few seconds by the page. */
export function OpenMotions({ motions, userId, closeAction, empty = true }: OpenMotionsProps) {
  if (motions.length === 0) return empty ? <EmptyState title="No motion is open.">The chair opens one on an agenda item.</EmptyState> : null;
  return (
    <div className="space-y-6">
      {motions.map((motion) => {
        const votes = motion.rollCall.some((voter) => (voter.userId === userId && !voter.designee) || voter.designee?.id === userId);
        return (
          <section key={motion.id} aria-label={motion.question} className="space-y-3 rounded-md border border-slate-200 p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h3 className="font-semibold">
                  <Link href={`/motions/${motion.id}`}>{motion.question}</Link>
                </h3>
                <p className="text-sm text-slate-600">Voting closes {formatDateTime(motion.deadline)}.</p>
              </div>
              <div className="flex flex-wrap gap-2">
                {votes ? (
                  <Link href={`/motions/${motion.id}`} className={buttonClass("primary")}>
                    Vote on this motion
                  </Link>
                ) : null}
                {closeAction ? <CloseMotionButton motion={motion} action={closeAction} /> : null}
              </div>
            </div>
            {!votes ? <p className="text-sm text-slate-700">You can follow this motion, but you are not one of its voting members.</p> : null}
            <RollCall voters={motion.rollCall} />
          </section>
        );
      })}
    </div>
  );
}

/** Closed motions: the result explains itself, with the named roll call. */
export function Decisions({ motions }: { motions: Motion[] }) {
  if (motions.length === 0) return <EmptyState title="No decisions yet." />;
  return (
    <div className="space-y-4">
      {motions.map((motion) => (
        <section key={motion.id} aria-label={motion.question} className="space-y-2">
          <h3 className="font-semibold">
            <Link href={`/motions/${motion.id}`}>{motion.question}</Link>
          </h3>
          {motion.result ? <Alert tone={motion.result.passed ? "success" : "info"}>{motion.result.explanation}</Alert> : null}
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Roll call</summary>
            <div className="mt-2">
              <RollCall voters={motion.rollCall} closed />
            </div>
          </details>
        </section>
      ))}
    </div>
  );
}
