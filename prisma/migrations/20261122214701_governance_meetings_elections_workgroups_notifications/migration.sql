-- CreateEnum
CREATE TYPE "ElectionKind" AS ENUM ('REGULAR', 'SPECIAL');

-- CreateEnum
CREATE TYPE "ElectionStatus" AS ENUM ('NOMINATING', 'VOTING', 'TALLIED', 'CERTIFIED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Electorate" AS ENUM ('CATEGORY', 'CONSORTIUM');

-- CreateEnum
CREATE TYPE "ContestStatus" AS ENUM ('OPEN', 'RUNOFF', 'DECIDED', 'NO_RESULT');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('REGULAR', 'EMERGENCY', 'VIRTUAL');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'ADJOURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'DESIGNEE');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MinutesStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "WorkgroupStatus" AS ENUM ('ACTIVE', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'RECOMMENDED', 'ELEVATED', 'REJECTED', 'DONE');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'HELD');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'LCSA_DIRECTOR_DESIGNEE' AFTER 'LCSA_DIRECTOR';

-- AlterTable
ALTER TABLE "Motion" ADD COLUMN     "agendaItemId" TEXT,
ADD COLUMN     "meetingId" TEXT;

-- CreateTable
CREATE TABLE "Election" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "kind" "ElectionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ElectionStatus" NOT NULL DEFAULT 'NOMINATING',
    "nominationsCloseAt" TIMESTAMP(3) NOT NULL,
    "votingOpensAt" TIMESTAMP(3) NOT NULL,
    "votingClosesAt" TIMESTAMP(3) NOT NULL,
    "termStartsOn" DATE NOT NULL,
    "openedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "certifiedAt" TIMESTAMP(3),
    "certifiedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionContest" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "electorate" "Electorate" NOT NULL DEFAULT 'CATEGORY',
    "termEndsOn" DATE NOT NULL,
    "status" "ContestStatus" NOT NULL DEFAULT 'OPEN',
    "votingClosesAt" TIMESTAMP(3),
    "result" JSONB,
    "winnerId" TEXT,

    CONSTRAINT "ElectionContest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "lcsaId" TEXT NOT NULL,
    "nominatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionBallot" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "lcsaId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "nominationId" TEXT NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ElectionBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL DEFAULT 'REGULAR',
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "meetingId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "presenter" TEXT,
    "sourceType" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingMaterial" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "late" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "designeeId" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "status" "MinutesStatus" NOT NULL DEFAULT 'DRAFT',
    "body" TEXT NOT NULL,
    "draftedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "editedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workgroup" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "parentCommitteeId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "assumptions" TEXT NOT NULL,
    "communication" TEXT NOT NULL,
    "schedule" TEXT NOT NULL,
    "status" "WorkgroupStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dissolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Workgroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkgroupMember" (
    "workgroupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lcsaId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkgroupMember_pkey" PRIMARY KEY ("workgroupId","userId")
);

-- CreateTable
CREATE TABLE "WorkgroupActivity" (
    "id" TEXT NOT NULL,
    "workgroupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "approvalMotionId" TEXT,
    "recommendation" TEXT,
    "recommendedAt" TIMESTAMP(3),
    "elevatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WorkgroupActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Election_committeeId_createdAt_idx" ON "Election"("committeeId", "createdAt");

-- CreateIndex
CREATE INDEX "Election_status_votingClosesAt_idx" ON "Election"("status", "votingClosesAt");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionContest_electionId_seatId_round_key" ON "ElectionContest"("electionId", "seatId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_contestId_candidateId_key" ON "Nomination"("contestId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionBallot_contestId_lcsaId_key" ON "ElectionBallot"("contestId", "lcsaId");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_startsAt_idx" ON "Meeting"("committeeId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_committeeId_meetingId_idx" ON "AgendaItem"("committeeId", "meetingId");

-- CreateIndex
CREATE INDEX "AgendaItem_sourceType_sourceId_idx" ON "AgendaItem"("sourceType", "sourceId");

-- CreateIndex
CREATE INDEX "MeetingMaterial_meetingId_idx" ON "MeetingMaterial"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerId_status_idx" ON "ActionItem"("ownerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_meetingId_key" ON "Minutes"("meetingId");

-- CreateIndex
CREATE INDEX "Minutes_status_publishedAt_idx" ON "Minutes"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Workgroup_committeeId_key" ON "Workgroup"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkgroupMember_workgroupId_lcsaId_key" ON "WorkgroupMember"("workgroupId", "lcsaId");

-- CreateIndex
CREATE INDEX "WorkgroupActivity_workgroupId_idx" ON "WorkgroupActivity"("workgroupId");

-- CreateIndex
CREATE INDEX "WorkgroupActivity_status_deadline_idx" ON "WorkgroupActivity"("status", "deadline");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundEmail_status_createdAt_idx" ON "OutboundEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Motion_status_deadline_idx" ON "Motion"("status", "deadline");

-- CreateIndex
CREATE INDEX "Motion_meetingId_idx" ON "Motion"("meetingId");

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_certifiedById_fkey" FOREIGN KEY ("certifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionContest" ADD CONSTRAINT "ElectionContest_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionContest" ADD CONSTRAINT "ElectionContest_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "ElectionContest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionBallot" ADD CONSTRAINT "ElectionBallot_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "ElectionContest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionBallot" ADD CONSTRAINT "ElectionBallot_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionBallot" ADD CONSTRAINT "ElectionBallot_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionBallot" ADD CONSTRAINT "ElectionBallot_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMaterial" ADD CONSTRAINT "MeetingMaterial_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMaterial" ADD CONSTRAINT "MeetingMaterial_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingMaterial" ADD CONSTRAINT "MeetingMaterial_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_designeeId_fkey" FOREIGN KEY ("designeeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workgroup" ADD CONSTRAINT "Workgroup_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workgroup" ADD CONSTRAINT "Workgroup_parentCommitteeId_fkey" FOREIGN KEY ("parentCommitteeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkgroupMember" ADD CONSTRAINT "WorkgroupMember_workgroupId_fkey" FOREIGN KEY ("workgroupId") REFERENCES "Workgroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkgroupMember" ADD CONSTRAINT "WorkgroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkgroupMember" ADD CONSTRAINT "WorkgroupMember_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkgroupActivity" ADD CONSTRAINT "WorkgroupActivity_workgroupId_fkey" FOREIGN KEY ("workgroupId") REFERENCES "Workgroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkgroupActivity" ADD CONSTRAINT "WorkgroupActivity_approvalMotionId_fkey" FOREIGN KEY ("approvalMotionId") REFERENCES "Motion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules the database keeps even if a command forgets them.
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_designee_iff_represented" CHECK (("status" = 'DESIGNEE') = ("designeeId" IS NOT NULL));
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_designee_not_self" CHECK ("designeeId" IS NULL OR "designeeId" <> "userId");
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_published_has_date" CHECK (("status" = 'PUBLISHED') = ("publishedAt" IS NOT NULL));
ALTER TABLE "Election" ADD CONSTRAINT "Election_times_in_order" CHECK ("nominationsCloseAt" <= "votingOpensAt" AND "votingOpensAt" < "votingClosesAt");
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_matches" CHECK ("size" = octet_length("content"));
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_attempts_nonnegative" CHECK ("attempts" >= 0);
