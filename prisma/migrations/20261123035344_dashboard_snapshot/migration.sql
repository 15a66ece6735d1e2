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

-- "<Table>_dashboard_changed" on every table whose rows the dashboard counts or lists.
DO $$
DECLARE
  watched text;
BEGIN
  FOREACH watched IN ARRAY ARRAY['ChangeRequest', 'Motion', 'CrGateMotion', 'CrAlert', 'Escalation', 'StatusReport', 'Consortium'] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "dashboard_changed"()',
      watched || '_dashboard_changed', watched);
    -- TRUNCATE fires no row trigger (tests empty tables this way).
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "dashboard_changed"()', watched || '_dashboard_truncated', watched);
  END LOOP;
END;
$$;
