import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/card";

export interface MaterialRow {
  id: string;
  title: string;
  postedAt: Date;
  late: boolean;
  file: { fileName: string; size: number };
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Background materials, each a download; late ones say so (Governance plan 2.10). */
export function MaterialList({ meetingId, materials }: { meetingId: string; materials: MaterialRow[] }) {
  if (materials.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {materials.map((material) => (
        <li key={material.id} className="flex flex-wrap items-center gap-2">
          <a href={`/meetings/${meetingId}/materials/${material.id}`} download className="underline">
            {material.title}
          </a>
          <span className="text-slate-600">
            ({material.file.fileName}, {size(material.file.size)}, posted {formatDateTime(material.postedAt)})
          </span>
          {material.late ? <Badge tone="amber">Posted late</Badge> : null}
        </li>
      ))}
    </ul>
  );
}
