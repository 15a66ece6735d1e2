import "server-only";
import { db } from "@/lib/db/client";

/** LCSAs with their counties, grouped by consortium, and the CCSAS components. */
export async function referenceOverview() {
  const [consortia, components] = await Promise.all([
    db.consortium.findMany({
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        lcsas: {
          orderBy: { name: "asc" },
          select: {
            id: true,
            code: true,
            name: true,
            caseloadCategory: true,
            caseloadCategoryIsDemo: true,
            version: true,
            counties: { orderBy: { name: "asc" }, select: { name: true } },
          },
        },
      },
    }),
    db.ccsasComponent.findMany({ orderBy: { sortOrder: "asc" } }),
  ]);
  return { consortia, components };
}
