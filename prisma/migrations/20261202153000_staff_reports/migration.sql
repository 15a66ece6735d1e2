-- Issue 12, fidelity 9: the CTM's and the M&O Contract Manager's duties (Governance plan
-- 5.1.2, 5.1.3) as reports they file and the ESC sees.
CREATE TYPE "StaffReportKind" AS ENUM ('EARLY_RISK', 'CONTRACT_DELIVERABLE', 'CRITICAL_SR_STATUS');

CREATE TABLE "StaffReport" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "kind" "StaffReportKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffReport_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "StaffReport_consortiumId_filedAt_idx" ON "StaffReport"("consortiumId", "filedAt");

ALTER TABLE "StaffReport" ADD CONSTRAINT "StaffReport_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StaffReport" ADD CONSTRAINT "StaffReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every date column is bounded (migration 20261202150000_sane_dates).
ALTER TABLE "StaffReport" ADD CONSTRAINT "StaffReport_filedAt_sane_date" CHECK ("filedAt" IS NULL OR ("filedAt" >= '1900-01-01' AND "filedAt" < '2200-01-01'));
