-- CreateEnum
CREATE TYPE "MotionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "Motion" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "options" TEXT[],
    "status" "MotionStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "quorumRule" "QuorumRule" NOT NULL,
    "majorityRule" "MajorityRule" NOT NULL,
    "result" JSONB,
    "openedById" TEXT NOT NULL,

    CONSTRAINT "Motion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MotionVoter" (
    "motionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "designeeId" TEXT,

    CONSTRAINT "MotionVoter_pkey" PRIMARY KEY ("motionId","userId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "motionId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "castById" TEXT NOT NULL,
    "choice" TEXT,
    "recusalReason" TEXT,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Motion_committeeId_status_idx" ON "Motion"("committeeId", "status");

-- CreateIndex
CREATE INDEX "MotionVoter_designeeId_idx" ON "MotionVoter"("designeeId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_motionId_voterId_key" ON "Ballot"("motionId", "voterId");

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MotionVoter" ADD CONSTRAINT "MotionVoter_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MotionVoter" ADD CONSTRAINT "MotionVoter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MotionVoter" ADD CONSTRAINT "MotionVoter_designeeId_fkey" FOREIGN KEY ("designeeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_voterId_fkey" FOREIGN KEY ("voterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_castById_fkey" FOREIGN KEY ("castById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A ballot is either a choice or a recusal with its reason, never both or neither.
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_choice_or_recusal" CHECK (("choice" IS NULL) <> ("recusalReason" IS NULL));
