import type { Metadata } from "next";
import { EMPTY_INITIATION, initiationSections, kindSection } from "@/components/change-requests/initiation-spec";
import { StepForm } from "@/components/change-requests/step-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePermission } from "@/server/session";
import { newChangeRequestOptions } from "@/server/change-requests/new-options";
import { createChangeRequestAction } from "@/app/(app)/change-requests/new/actions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";

export const metadata: Metadata = { title: "New change request" };

export default async function NewChangeRequestPage() {
  const user = await requirePermission(changeRequestPermissions.create);
  const { consortia, consortiumId } = await newChangeRequestOptions(user);
  return (
    <>
      <PageHeader
        title="New change request"
        description="Describe the change for the ESC. Save a draft at any time; submit it when the items marked “needed to submit” are filled in. As its author you may be asked questions while the ESC reviews it."
      />
      <Card>
        <StepForm
          action={createChangeRequestAction}
          label="New change request"
          sections={[kindSection(consortia, consortiumId), ...initiationSections(EMPTY_INITIATION)]}
          buttons={[
            { label: "Save draft", pendingLabel: "Saving…", intent: "save", variant: "secondary" },
            { label: "Submit", pendingLabel: "Submitting…", intent: "submit" },
          ]}
        />
      </Card>
    </>
  );
}
