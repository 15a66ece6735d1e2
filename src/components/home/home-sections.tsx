import Link from "next/link";
import { TaskList } from "@/components/home/task-list";
import { CrLink } from "@/components/change-requests/cr-link";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { stateTone } from "@/domain/change-requests/labels";
import { STATE_LABELS } from "@/domain/change-requests/lifecycle";
import { countOf, formatDateTime, plural } from "@/lib/format";
import type { HomeOverview } from "@/server/home/queries";

/** The "my work" page: the user's tasks, then one card per kind of work their roles give them. */
export function HomeSections({ overview, now }: { overview: HomeOverview; now: Date }) {
  const { administration, lcsas, organizations, access } = overview;
  const { changeRequests } = overview;
  const showChangeRequests = overview.changeTracking || Boolean(changeRequests?.mine.length);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {overview.hasRoles ? <TaskList tasks={overview.tasks} truncated={overview.tasksTruncated} now={now} /> : null}
      {!overview.hasRoles ? (
        <Card title="No roles yet" className="lg:col-span-2">
          <EmptyState title="You have no roles yet.">
            An administrator grants roles (for example ESC member or LCSA Director). Once you have one, your work appears here.
          </EmptyState>
        </Card>
      ) : null}

      {overview.meetings ? (
        <Card title={overview.nextMeetings.length > 1 ? "Next meetings" : "Next meeting"}>
          {overview.nextMeetings.length ? (
            <ul className="divide-y divide-slate-100">
              {overview.nextMeetings.map((meeting) => (
                <li key={meeting.id} className="py-2">
                  <Link href={`/meetings/${meeting.id}`} className="font-medium">
                    {meeting.title}
                  </Link>{" "}
                  {meeting.status === "IN_PROGRESS" ? <Badge tone="green">In progress</Badge> : null}
                  <p className="text-sm text-slate-600">
                    {meeting.committee.name} · {formatDateTime(meeting.startsAt)}
                    {meeting.location ? ` · ${meeting.location}` : ""} · {countOf(meeting._count.agendaItems, "agenda item")}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No meeting is scheduled.">
              When the chair schedules your committee&apos;s next meeting, it appears here with its agenda.
            </EmptyState>
          )}
        </Card>
      ) : null}

      {showChangeRequests && changeRequests ? (
        <Card title="Change requests" action={<Link href="/change-requests/new">New change request</Link>}>
          {changeRequests.counts ? (
            <dl className="mb-4 grid grid-cols-2 gap-4">
              <div>
                <dt className="text-sm text-slate-600">Open</dt>
                <dd className="text-2xl font-semibold">
                  <Link href="/change-requests?state=open">{changeRequests.counts.open}</Link>
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Overdue</dt>
                <dd className="text-2xl font-semibold">
                  <Link href="/change-requests?state=open&overdue=yes">{changeRequests.counts.overdue}</Link>
                </dd>
              </div>
            </dl>
          ) : null}
          <h3 className="font-semibold">Yours in progress</h3>
          {changeRequests.mine.length ? (
            <ul className="mt-2 divide-y divide-slate-100">
              {changeRequests.mine.map((cr) => (
                <li key={cr.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <CrLink cr={cr} className="font-medium" />
                  <Badge tone={stateTone(cr.state)}>{STATE_LABELS[cr.state]}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="You have no change requests in progress." />
          )}
          <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
            <Link href="/change-requests">All change requests</Link>
            {overview.changeTracking ? <Link href="/dashboard">Open the dashboard</Link> : null}
          </p>
        </Card>
      ) : null}

      {access ? (
        <Card title="Third-party access applications" action={access.queue ? <Link href="/access">All applications</Link> : undefined}>
          <p className="text-sm text-slate-700">{access.open ? `${countOf(access.open, "application")} under way.` : "No application is under way."}</p>
          {access.recent.length ? (
            <ul className="mt-3 divide-y divide-slate-100">
              {access.recent.map((application) => (
                <li key={application.id} className="py-2 text-sm">
                  <Link href={`/access/applications/${application.id}`} className="font-medium">
                    {application.label} {application.organization}
                  </Link>
                  <p className="text-slate-600">
                    {application.stateLabel} since {formatDateTime(application.since)} · {application.county}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      ) : null}

      {lcsas.map((lcsa) => (
        <Card key={lcsa.id} title={`Your LCSA: ${lcsa.name}`}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Consortium</dt>
            <dd>{lcsa.consortium.code}</dd>
            <dt className="text-slate-600">{plural(lcsa.counties.length, "County", "Counties")}</dt>
            <dd>{lcsa.counties.map((county) => county.name).join(", ")}</dd>
            <dt className="text-slate-600">Caseload size category</dt>
            <dd>
              {lcsa.caseloadCategory} {lcsa.caseloadCategoryIsDemo ? <Badge tone="amber">demo value</Badge> : null}
            </dd>
          </dl>
        </Card>
      ))}

      {organizations.length === 1 ? (
        <Card title={`Your organization: ${organizations[0]!.name}`}>
          <p className="text-sm text-slate-700">County: {organizations[0]!.county.name}</p>
          <p className="mt-2 text-sm">
            <Link href={`/access/organizations/${organizations[0]!.id}`}>Its MOU, users and accounts</Link>
          </p>
        </Card>
      ) : organizations.length > 1 ? (
        <Card title={`Your organizations (${organizations.length})`}>
          <ul className="divide-y divide-slate-100 text-sm">
            {organizations.map((organization) => (
              <li key={organization.id} className="py-2">
                <Link href={`/access/organizations/${organization.id}`}>{organization.name}</Link>
                <span className="text-slate-600"> · {organization.county.name}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {administration ? (
        <Card title="Administration" action={<Link href="/admin/users">Manage users</Link>} className="lg:col-span-2">
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            <div>
              <dt className="text-sm text-slate-600">Active users</dt>
              <dd className="text-2xl font-semibold">{administration.active}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">Invitations not yet accepted</dt>
              <dd className="text-2xl font-semibold">{administration.invited}</dd>
            </div>
          </dl>
          <h3 className="mt-6 font-semibold">Recent activity</h3>
          {administration.recent.length ? (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {administration.recent.map((event) => (
                <li key={event.id.toString()} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>
                    {event.summary ?? event.action} <span className="text-slate-600">by {event.actorEmail ?? "the system"}</span>
                  </span>
                  <time className="text-slate-600">{formatDateTime(event.at)}</time>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="Nothing has happened yet." />
          )}
          <p className="mt-3 text-sm">
            <Link href="/admin/audit">Open the audit log</Link>
          </p>
        </Card>
      ) : null}
    </div>
  );
}
