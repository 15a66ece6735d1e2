-- Motions carry their subject: what they decide, so the decision is routed to it.
CREATE TYPE "MotionSubjectType" AS ENUM ('CHANGE_REQUEST_GATE', 'WORKGROUP_ACTIVITY', 'AGENDA_ITEM', 'QUESTION');

ALTER TABLE "Motion" ADD COLUMN "subjectType" "MotionSubjectType" NOT NULL DEFAULT 'QUESTION',
                     ADD COLUMN "subjectId" TEXT;

-- Motions opened before this release: their subject follows from the records that named them.
UPDATE "Motion" m SET "subjectType" = 'CHANGE_REQUEST_GATE', "subjectId" = g."changeRequestId"
  FROM "CrGateMotion" g WHERE g."motionId" = m.id;
UPDATE "Motion" m SET "subjectType" = 'WORKGROUP_ACTIVITY', "subjectId" = a.id
  FROM "WorkgroupActivity" a WHERE a."approvalMotionId" = m.id;
UPDATE "Motion" SET "subjectType" = 'AGENDA_ITEM', "subjectId" = "agendaItemId"
  WHERE "subjectType" = 'QUESTION' AND "agendaItemId" IS NOT NULL;

ALTER TABLE "Motion" ALTER COLUMN "subjectType" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Motion_subjectType_subjectId_idx" ON "Motion"("subjectType", "subjectId");
