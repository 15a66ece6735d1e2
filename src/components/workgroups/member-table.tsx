import { ConfirmAction } from "@/components/forms/confirm-action";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { FormAction } from "@/components/workgroups/action-form";
import { removeMemberSchema } from "@/domain/workgroups/schemas";
import { fieldsOf } from "@/lib/form-fields";

const field = fieldsOf(removeMemberSchema);

interface Member {
  userId: string;
  addedAt: Date;
  user: { name: string; title: string | null };
  lcsa: { name: string; caseloadCategory: number };
}

interface MemberTableProps {
  workgroupId: string;
  members: Member[];
  /** Given to those who direct the workgroup, while it is active. */
  removeAction?: FormAction<{ name: string }>;
}

export function MemberTable({ workgroupId, members, removeAction }: MemberTableProps) {
  if (members.length === 0)
    return <EmptyState title="No members yet.">Add up to seven people across the caseload categories (in CASES, one per LCSA).</EmptyState>;
  return (
    <DataTable caption="Members" columns={["Member", "LCSA", "Caseload category", "Since", ...(removeAction ? ["Remove"] : [])]}>
      {members.map((member) => (
        <tr key={member.userId}>
          <th scope="row" className="py-3 pr-4 font-medium">
            {member.user.name}
            {member.user.title ? <span className="block text-sm font-normal text-slate-600">{member.user.title}</span> : null}
          </th>
          <td className="py-3 pr-4">{member.lcsa.name}</td>
          <td className="py-3 pr-4">{member.lcsa.caseloadCategory}</td>
          <td className="py-3 pr-4">{formatDate(member.addedAt)}</td>
          {removeAction ? (
            <td className="py-3">
              <ConfirmAction
                action={removeAction}
                fields={{ [field.workgroupId]: workgroupId, [field.userId]: member.userId }}
                label={`Remove ${member.user.name}`}
                title={`Remove ${member.user.name}?`}
                body={`${member.lcsa.name} LCSA will no longer be represented. The next member added must fill any caseload category left empty.`}
                confirmLabel="Remove"
              />
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
