import Link from "next/link";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDate, formatDateTime, formatDay } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge, EmptyState } from "@/components/ui/card";
import type { WorkgroupActivityDetail } from "@/server/workgroups/queries";
import type { FormAction } from "@/components/workgroups/action-form";
import { ACTIVITY_STATUS } from "@/components/workgroups/labels";
import { completeActivitySchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";
import { RecommendationForm } from "@/components/workgroups/recommendation-form";

interface ActivityListProps {
  activities: WorkgroupActivityDetail[];
  /** Members and those who direct the workgroup record recommendations, while it is active. */
  recommendAction?: FormAction<{ title: string; escName: string }>;
  /** Those who direct the workgroup close an activity once the ESC has acted on it. */
  completeAction?: FormAction<{ title: string }>;
}

export function ActivityList({ activities, recommendAction, completeAction }: ActivityListProps) {
  if (activities.length === 0) return <EmptyState title="No activities yet." />;
  return (
    <ol className="space-y-4">
      {activities.map((activity) => (
        <li key={activity.id}>
          <article aria-labelledby={`activity-${activity.id}`} className="space-y-3 rounded-md border border-slate-200 p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`activity-${activity.id}`} className="mr-auto font-semibold">
                {activity.title}
              </h3>
              <Badge tone={ACTIVITY_STATUS[activity.status].tone}>{ACTIVITY_STATUS[activity.status].label}</Badge>
              {activity.overdue ? <Badge tone="red">Past its deadline</Badge> : null}
            </div>
            <p className="text-sm text-slate-700">Recommendation due {formatDay(activity.deadline)}</p>
            <p className="whitespace-pre-line text-sm">{activity.description}</p>
            <ApprovalVote activity={activity} />
            {activity.recommendation ? (
              <div className="rounded-md bg-slate-50 p-3 text-sm">
                <p className="font-medium">Consensus recommendation, {formatDate(activity.recommendedAt)}</p>
                <p className="mt-1 whitespace-pre-line">{activity.recommendation}</p>
              </div>
            ) : null}
            {activity.elevatedAt ? (
              <p className="text-sm">
                Elevated to the ESC on {formatDate(activity.elevatedAt)}: the workgroup reached no consensus recommendation by its deadline.
              </p>
            ) : null}
            <AgendaLine activity={activity} />
            {activity.status === "ACTIVE" && activity.overdue ? (
              <Alert tone="warning">The deadline has passed without a recommendation, so the issue goes back to the ESC for action.</Alert>
            ) : null}
            {recommendAction && activity.status === "ACTIVE" && !activity.overdue ? (
              <RecommendationForm activityId={activity.id} action={recommendAction} />
            ) : null}
            {completeAction && (activity.status === "RECOMMENDED" || activity.status === "ELEVATED") ? (
              <ConfirmAction
                action={completeAction}
                fields={{ [fieldsOf(completeActivitySchema).activityId]: activity.id }}
                label="Mark done"
                title={`Mark “${activity.title}” done?`}
                body="Do this once the ESC has acted on it. The activity can no longer change afterwards."
                confirmLabel="Mark done"
                variant="primary"
              />
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

function ApprovalVote({ activity }: { activity: WorkgroupActivityDetail }) {
  const motion = activity.approvalMotion;
  if (!motion) return null;
  if (motion.status === "OPEN") {
    return (
      <p className="text-sm">
        A new activity needs the ESC&apos;s approval:{" "}
        <Link href={`/motions/${motion.id}`} className="underline">
          the ESC&apos;s vote
        </Link>{" "}
        closes {formatDateTime(motion.deadline)}.
      </p>
    );
  }
  return (
    <p className="text-sm">
      ESC vote: {motion.result?.explanation ?? "closed"}{" "}
      <Link href={`/motions/${motion.id}`} className="underline">
        See the vote
      </Link>
    </p>
  );
}

function AgendaLine({ activity }: { activity: WorkgroupActivityDetail }) {
  const item = activity.agendaItem;
  if (!item) return null;
  return (
    <p className="text-sm">
      <span className="font-medium">Before the ESC:</span>{" "}
      {item.meeting ? (
        <>
          on the agenda of{" "}
          <Link href={`/meetings/${item.meeting.id}`} className="underline">
            {item.meeting.title}
          </Link>
          , {formatDateTime(item.meeting.startsAt)}.
        </>
      ) : (
        `waiting for the ${item.committee.name}'s next meeting to be scheduled.`
      )}
    </p>
  );
}
