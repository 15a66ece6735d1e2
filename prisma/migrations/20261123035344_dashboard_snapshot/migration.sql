-- CreateTable
CREATE TABLE "CrDashboardSnapshot" (
    "scope" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "figures" JSONB NOT NULL,

    CONSTRAINT "CrDashboardSnapshot_pkey" PRIMARY KEY ("scope")
);

-- CreateIndex
CREATE INDEX "ChangeRequest_consortiumId_stateChangedAt_idx" ON "ChangeRequest"("consortiumId", "stateChangedAt");


-- Advanced whenever something the CPL dashboard shows changes. A sequence, not a counter
-- row: nextval never waits for another transaction, so concurrent writers do not queue on
-- it. The row triggers are deferred to commit, so the version moves as the change becomes
-- visible, not when it starts.
CREATE SEQUENCE "dashboard_version";
-- Called once, so last_value already counts: the first change moves it from 1 to 2.
SELECT setval('"dashboard_version"', 1);

CREATE FUNCTION "dashboard_changed"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('"dashboard_version"');
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "ChangeRequest_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "ChangeRequest"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "Motion_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "Motion"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "CrGateMotion_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "CrGateMotion"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "CrAlert_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "CrAlert"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "Escalation_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "Escalation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "StatusReport_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "StatusReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();
CREATE CONSTRAINT TRIGGER "Consortium_dashboard_changed" AFTER INSERT OR UPDATE OR DELETE ON "Consortium"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"();

-- TRUNCATE fires no row trigger (tests empty tables this way).
CREATE TRIGGER "ChangeRequest_dashboard_truncated" AFTER TRUNCATE ON "ChangeRequest" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
CREATE TRIGGER "Motion_dashboard_truncated" AFTER TRUNCATE ON "Motion" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
CREATE TRIGGER "CrGateMotion_dashboard_truncated" AFTER TRUNCATE ON "CrGateMotion" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
CREATE TRIGGER "CrAlert_dashboard_truncated" AFTER TRUNCATE ON "CrAlert" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
CREATE TRIGGER "Escalation_dashboard_truncated" AFTER TRUNCATE ON "Escalation" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
CREATE TRIGGER "StatusReport_dashboard_truncated" AFTER TRUNCATE ON "StatusReport" FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"();
