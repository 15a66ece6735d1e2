-- Issue 12, item 3: no stored value can make a page fail to render. JavaScript reads a
-- PostgreSQL instant after the year 9999 (or before year 1) as an invalid Date, which then
-- breaks every page that shows it. The forms refuse dates outside 2000-2100
-- (src/domain/calendar/date-fields.ts); here the database refuses anything outside
-- 1900-2200 in every date and timestamp column, whatever path writes it (product rule).
-- A later migration that adds such a column adds the same constraint
-- (tests/integration/date-bounds.test.ts checks every column).
--
-- Rows that already break the rule (only a database attacked before this migration has
-- them) do not stop the migration: the constraint is then left NOT VALID, guarding every
-- new write, and the rows are named in a notice for someone to mend.
DO $$
DECLARE
  col record;
  constraint_name text;
BEGIN
  FOR col IN
    SELECT c.table_name, c.column_name
      FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public'
       AND c.data_type IN ('date', 'timestamp without time zone', 'timestamp with time zone')
       AND c.table_name <> '_prisma_migrations'
  LOOP
    constraint_name := left(col.table_name || '_' || col.column_name, 52) || '_sane_date';
    EXECUTE format(
      'ALTER TABLE %I ADD CONSTRAINT %I CHECK (%I IS NULL OR (%I >= %L AND %I < %L)) NOT VALID',
      col.table_name, constraint_name, col.column_name, col.column_name, '1900-01-01', col.column_name, '2200-01-01'
    );
    BEGIN
      EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', col.table_name, constraint_name);
    EXCEPTION WHEN check_violation THEN
      RAISE NOTICE '%.% holds a date outside 1900-2200; new writes are refused, existing rows need mending', col.table_name, col.column_name;
    END;
  END LOOP;
END
$$;
