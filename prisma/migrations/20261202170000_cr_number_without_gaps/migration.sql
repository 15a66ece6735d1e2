-- Issue 13: change request numbers have no gaps. A sequence hands out a number even to an
-- insert whose transaction then rolls back (a submission refused for something missing), so
-- CR-0020 could never be seen. The number is now the highest so far plus one, taken inside
-- the inserting transaction: a rollback gives it back. A transaction-level advisory lock
-- queues creators (on any instance) until the one before them commits or rolls back, so two
-- never read the same highest number; READ COMMITTED takes a fresh snapshot for the query
-- after the lock, which sees the row the one before committed. Rows inserted together in
-- one statement (an import, a bulk insert) are numbered one after another: a volatile
-- function's query sees the rows the same statement inserted before it.
CREATE FUNCTION next_change_request_number() RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- A key no other lock in the app uses.
  PERFORM pg_advisory_xact_lock(7243611820139);
  RETURN (SELECT coalesce(max("number"), 0) + 1 FROM "ChangeRequest");
END
$$;

ALTER TABLE "ChangeRequest" ALTER COLUMN "number" SET DEFAULT next_change_request_number();
DROP SEQUENCE "ChangeRequest_number_seq";
