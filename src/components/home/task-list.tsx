import Link from "next/link";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { urgencyOf, type Task } from "@/domain/home/tasks";
import { countOf, formatDate, formatDateTime, formatDay } from "@/lib/format";

/** How many tasks show before "Show more", and how many the page carries at most (the rest are in their lists). */
const SHOWN = 8;
const CARRIED = 30;

/**
 * "What do I have to do": each task is one thing the person can do now, most urgent first,
 * its link going straight to the form that does it.
 */
export function TaskList({ tasks, truncated, now }: { tasks: readonly Task[]; truncated: boolean; now: Date }) {
  const first = tasks.slice(0, SHOWN);
  const rest = tasks.slice(SHOWN, CARRIED);
  const beyond = tasks.length - CARRIED;
  const overdue = tasks.filter((task) => urgencyOf(task, now) === "overdue").length;
  return (
    <Card
      title={
        <span id="tasks">
          Your tasks{" "}
          <span className="text-base font-normal text-slate-600">
            ({truncated ? `${tasks.length}+` : tasks.length}
            {overdue ? `, ${overdue} overdue` : ""})
          </span>
        </span>
      }
      className="lg:col-span-2"
    >
      {tasks.length ? (
        <>
          <ol className="divide-y divide-slate-100" aria-labelledby="tasks">
            {first.map((task) => (
              <TaskItem key={task.key} task={task} now={now} />
            ))}
          </ol>
          {rest.length ? (
            <details className="mt-2">
              <summary className="cursor-pointer py-2 text-sm font-medium text-blue-800">Show {countOf(rest.length, "more task")}</summary>
              <ol className="divide-y divide-slate-100">
                {rest.map((task) => (
                  <TaskItem key={task.key} task={task} now={now} />
                ))}
              </ol>
            </details>
          ) : null}
          {beyond > 0 || truncated ? (
            <p className="mt-3 text-sm text-slate-600">
              These are the most urgent{beyond > 0 ? ` (${countOf(beyond, "more task")} not shown)` : ""}; the{" "}
              <Link href="/change-requests?state=open">change-request list</Link> and the dashboard have the rest.
            </p>
          ) : null}
        </>
      ) : (
        <EmptyState title="Nothing is waiting on you.">
          When a vote opens for you, a step of a change request becomes yours, or a meeting needs its attendance or minutes, it appears here.
        </EmptyState>
      )}
    </Card>
  );
}

const dueText = (task: Task) => (task.dueDay ? formatDay(task.dueDay) : formatDateTime(task.due));

function TaskItem({ task, now }: { task: Task; now: Date }) {
  const urgency = urgencyOf(task, now);
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3">
      <div className="min-w-0 flex-1 basis-80">
        <p>
          <span className="mr-2 text-sm font-medium text-slate-600">{task.area}</span>
          <Link href={task.href} className="font-semibold">
            {task.action}
          </Link>
          <span className="text-slate-800">: {task.subject}</span>
        </p>
        <p className="text-sm text-slate-600">
          {task.why} Waiting since {formatDate(task.since)}.
        </p>
      </div>
      <div className="shrink-0 text-sm">
        {urgency === "overdue" ? (
          <Badge tone="red">Overdue: was due {dueText(task)}</Badge>
        ) : task.due ? (
          <Badge tone={urgency === "due-soon" ? "amber" : "neutral"}>Due {dueText(task)}</Badge>
        ) : null}
      </div>
    </li>
  );
}
