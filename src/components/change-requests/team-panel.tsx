import { EmptyState } from "@/components/ui/card";
import type { CrTeam } from "@/domain/change-requests/capacities";
import { TEAM_LABELS } from "@/domain/change-requests/teams";
import type { TeamMemberView } from "@/server/change-requests/detail";
import type { TeamCandidate } from "@/server/change-requests/teams";
import type { CrActions } from "@/components/change-requests/actions";
import { SubSection } from "@/components/change-requests/detail-list";
import { Disclosure } from "@/components/change-requests/disclosure";
import { StepForm } from "@/components/change-requests/step-form";
import { nameTeamSchema } from "@/domain/change-requests/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(nameTeamSchema);

const HINTS: Record<CrTeam, string> = {
  IMPACT_ANALYSIS:
    "Plan 3.1.2: one representative per LCSA, together representing every caseload category of the consortium, with subject matter and systems knowledge.",
  JAD: "The people who write the detailed specification and business rules.",
  UAT: "Plan 3.1.5: LCSA users conduct user acceptance testing.",
};

interface TeamPanelProps {
  crId: string;
  team: CrTeam;
  title: string;
  members: TeamMemberView[];
  /** Present when this person may name the team. */
  candidates?: TeamCandidate[];
  actions: CrActions;
}

/** A team of the change request; the person who names it picks its members from a list. */
export function TeamPanel({ crId, team, title, members, candidates, actions }: TeamPanelProps) {
  return (
    <SubSection title={title}>
      {members.length ? (
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {members.map((member) => (
            <li key={member.userId}>
              <span className="font-medium">{member.name}</span>
              {member.lcsaName ? (
                <span className="text-slate-600">
                  {" "}
                  — {member.lcsaName}
                  {member.caseloadCategory ? `, category ${member.caseloadCategory}` : ""}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="Not named yet" />
      )}
      {candidates ? (
        <Disclosure summary={members.length ? `Change the ${TEAM_LABELS[team]}` : `Name the ${TEAM_LABELS[team]}`} open={members.length === 0}>
          {candidates.length === 0 ? (
            <EmptyState title="Nobody to choose from">People appear here once they hold a role for an LCSA of this consortium (Users and roles).</EmptyState>
          ) : (
            <StepForm
              action={actions.nameTeam}
              label={`Name the ${TEAM_LABELS[team]}`}
              hidden={{ [field.crId]: crId, [field.team]: team }}
              resetKey={members.map((member) => member.userId).join()}
              fields={[
                {
                  kind: "checkboxes",
                  name: field.members,
                  label: "Members",
                  hint: HINTS[team],
                  values: members.map((member) => `${member.userId}:${member.lcsaId ?? ""}`),
                  choices: candidates.map((candidate) => ({
                    value: candidate.value,
                    label: candidate.lcsaName ? `${candidate.userName} (${candidate.lcsaName})` : candidate.userName,
                    hint: candidate.title ?? undefined,
                    group: candidate.caseloadCategory ? `Caseload category ${candidate.caseloadCategory}` : "Consortium-wide",
                  })),
                },
              ]}
              buttons={[{ label: `Save the ${TEAM_LABELS[team]}`, pendingLabel: "Saving…" }]}
              compact
            />
          )}
        </Disclosure>
      ) : null}
    </SubSection>
  );
}
