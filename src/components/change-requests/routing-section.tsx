import { Alert } from "@/components/ui/alert";
import type { ChangeRequestDetail } from "@/server/change-requests/detail";
import { StepSection } from "@/components/change-requests/detail-list";

/**
 * Plan 3.1.3: after the ESC approves the package, the route follows from it: any impact on
 * another CCSAS component, or any data element or file structure change, goes to the CCSAS
 * Change Control Board; otherwise the monthly Subcomponent Review, where another
 * component's representative may still flag an impact.
 */
export function RoutingSection({ cr }: { cr: ChangeRequestDetail }) {
  if (!cr.routing) return null;
  const ccbVote = cr.gateVotes.find((vote) => vote.gate === "CCB");
  const flagged = !cr.routing.needsCcb && ccbVote;
  return (
    <StepSection id="routing" title="CCSAS review">
      {cr.routing.needsCcb ? (
        <Alert tone="info" title="Goes to the CCSAS Change Control Board">
          Because {cr.routing.reasons.join(" and ")}. The CCB approves, rejects or defers it before work starts.
        </Alert>
      ) : (
        <Alert tone="info" title="Listed for the monthly CCSAS Subcomponent Review">
          The package shows no impact on another CCSAS component and no change to data elements or file structures, so it is shared at the Subcomponent Review,
          where the other systems&apos; representatives check it.
          {flagged ? " A representative flagged an impact there, so it went to the Change Control Board." : ""}
        </Alert>
      )}
    </StepSection>
  );
}
