import { formatDateTime } from "@/lib/format";
import { Card, EmptyState } from "@/components/ui/card";
import { formatFileSize } from "@/domain/storage/uploads";
import type { ChangeRequestActivity } from "@/server/change-requests/activity";
import type { CrActions } from "@/components/change-requests/actions";
import { AttachForm } from "@/components/change-requests/attach-form";
import { StepForm } from "@/components/change-requests/step-form";
import { commentSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(commentSchema);

/** Comments on the change request, oldest first, and a box to add one. */
export function CommentsCard({ crId, comments, actions }: { crId: string; comments: ChangeRequestActivity["comments"]; actions: CrActions }) {
  return (
    <Card title="Comments">
      {comments.length ? (
        <ol className="mb-4 space-y-3">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-md bg-slate-50 p-3 text-sm">
              <p className="font-medium text-slate-900">
                {comment.author.name} <span className="font-normal text-slate-600">· {formatDateTime(comment.createdAt)}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-800">{comment.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <div className="mb-4">
          <EmptyState title="No comments yet">Questions for the author, clarifications and decisions in passing belong here.</EmptyState>
        </div>
      )}
      <StepForm
        action={actions.comment}
        label="Add a comment"
        hidden={{ [field.crId]: crId }}
        fields={[{ kind: "textarea", name: field.body, label: "Your comment", rows: 3 }]}
        buttons={[{ label: "Add the comment", pendingLabel: "Adding…", variant: "secondary" }]}
        compact
      />
    </Card>
  );
}

/** Files attached to the change request, each downloadable. */
export function AttachmentsCard({ crId, attachments, actions }: { crId: string; attachments: ChangeRequestActivity["attachments"]; actions: CrActions }) {
  return (
    <Card title="Attachments">
      {attachments.length ? (
        <ul className="mb-4 space-y-2 text-sm">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={`/change-requests/${crId}/attachments/${attachment.id}`} download>
                {attachment.file.fileName}
              </a>{" "}
              <span className="text-slate-600">
                ({formatFileSize(attachment.file.size)}, {attachment.file.uploadedBy.name}, {formatDateTime(attachment.createdAt)})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mb-4">
          <EmptyState title="No files attached" />
        </div>
      )}
      <AttachForm crId={crId} action={actions.attachFile} />
    </Card>
  );
}

/** Everything that happened to the change request, newest first, from the audit log. */
export function Timeline({ events, truncated }: { events: ChangeRequestActivity["timeline"]; truncated: boolean }) {
  return (
    <Card title="Timeline">
      <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
        {events.map((event) => (
          <li key={event.id} className="text-sm">
            <p className="text-slate-600">
              <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time> · {event.actor}
            </p>
            <p className="text-slate-900">{event.summary}</p>
          </li>
        ))}
      </ol>
      {truncated ? <p className="mt-3 text-sm text-slate-600">Only the most recent events are shown; administrators see them all in the audit log.</p> : null}
    </Card>
  );
}
