import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SeatRegistry } from "@/components/governance/seat-registry";
import { Card, PageHeader } from "@/components/ui/card";
import { COMMITTEE_KIND_LABELS, MAJORITY_RULE_LABELS, QUORUM_RULE_LABELS } from "@/components/governance/labels";
import { requirePermission } from "@/lib/session";
import { getCommittee } from "@/server/governance/committees";

export const metadata: Metadata = { title: "Committee" };

export default async function CommitteePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("governance.read");
  const committee = await getCommittee((await params).id);
  if (!committee) notFound();
  const voting = committee.seats.some((seat) => seat.kind !== "ADVISORY");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/committees">← Committees</Link>
      </p>
      <PageHeader
        title={committee.name}
        description={`${COMMITTEE_KIND_LABELS[committee.kind]}${committee.consortium ? ` of the ${committee.consortium.code} consortium` : ""}.`}
      />
      <div className="space-y-6">
        {voting ? (
          <Card title="How it decides">
            <p className="text-sm text-slate-700">
              A quorum is {QUORUM_RULE_LABELS[committee.quorumRule]}; a motion passes with {MAJORITY_RULE_LABELS[committee.majorityRule]}.
            </p>
          </Card>
        ) : null}
        <Card title="Seats and terms">
          <SeatRegistry seats={committee.seats} />
        </Card>
      </div>
    </>
  );
}
