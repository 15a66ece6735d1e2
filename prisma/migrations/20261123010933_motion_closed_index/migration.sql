-- CreateIndex
CREATE INDEX "Motion_status_closedAt_idx" ON "Motion"("status", "closedAt");

