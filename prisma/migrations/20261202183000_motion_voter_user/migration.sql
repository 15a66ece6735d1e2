-- The task list finds the open motions a person votes on from their voter rows (src/server/voting/tasks.ts).
CREATE INDEX "MotionVoter_userId_idx" ON "MotionVoter"("userId");
