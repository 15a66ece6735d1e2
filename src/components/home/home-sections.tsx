import Link from "next/link";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { HomeOverview } from "@/server/home/queries";

/** The "my work" page: one card per kind of work the user's roles give them. */
export function HomeSections({ overview }: { overview: HomeOverview }) {
  const { administration, lcsas, organizations } = overview;
  const nothing = !administration && !lcsas.length && !organizations.length && !overview.votes && !overview.changeTracking && !overview.thirdPartyAccess;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {nothing ? (
        <Card title="No roles yet" className="lg:col-span-2">
          <EmptyState title="You have no roles yet.">
            An administrator grants roles (for example ESC member or LCSA Director). Once you have one, your work appears here.
          </EmptyState>
        </Card>
      ) : null}

      {overview.votes ? (
        <>
          <Card title="Motions waiting for your vote">
            {overview.awaitingVote.length ? (
              <ul className="divide-y divide-slate-100">
                {overview.awaitingVote.map((motion) => (
                  <li key={motion.id} className="py-2">
                    <Link href={`/motions/${motion.id}`} className="font-medium">
                      {motion.question}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {motion.committee.name} · closes {formatDateTime(motion.deadline)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="Nothing is waiting for your vote.">When the chair opens a motion, it appears here until you vote.</EmptyState>
            )}
          </Card>
          <Card title="Next meeting">
            <EmptyState title="No meeting is scheduled." />
          </Card>
        </>
      ) : null}

      {overview.changeTracking ? (
        <Card title="Change requests">
          <EmptyState title="No change requests yet.">Submitted change requests and their status will be listed here.</EmptyState>
        </Card>
      ) : null}

      {overview.thirdPartyAccess ? (
        <Card title="Third-party access applications">
          <EmptyState title="No applications are in progress." />
        </Card>
      ) : null}

      {lcsas.map((lcsa) => (
        <Card key={lcsa.id} title={`Your LCSA: ${lcsa.name}`}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Consortium</dt>
            <dd>{lcsa.consortium.code}</dd>
            <dt className="text-slate-600">{lcsa.counties.length === 1 ? "County" : "Counties"}</dt>
            <dd>{lcsa.counties.map((county) => county.name).join(", ")}</dd>
            <dt className="text-slate-600">Caseload size category</dt>
            <dd>
              {lcsa.caseloadCategory} {lcsa.caseloadCategoryIsDemo ? <Badge tone="amber">demo value</Badge> : null}
            </dd>
          </dl>
          <div className="mt-4">
            <EmptyState title="No third-party access applications for your county." />
          </div>
        </Card>
      ))}

      {organizations.map((organization) => (
        <Card key={organization.id} title={`Your organization: ${organization.name}`}>
          <p className="text-sm text-slate-700">County: {organization.county.name}</p>
          <div className="mt-4">
            <EmptyState title="Your organization has no access applications yet." />
          </div>
        </Card>
      ))}

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
