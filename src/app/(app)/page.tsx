import type { Metadata } from "next";
import { HomeSections } from "@/components/home/home-sections";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/server/session";
import { homeOverview } from "@/server/home/queries";

export const metadata: Metadata = { title: "My work" };

export default async function HomePage() {
  const user = await requireUser();
  const now = new Date();
  const overview = await homeOverview(user, now);
  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description="Your work in CCSAS governance, gathered by your roles." />
      <HomeSections overview={overview} now={now} />
    </>
  );
}
