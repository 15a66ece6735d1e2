-- The app's database role (issue 12, item 5). The app connects as `ccsas_app` (or as a login
-- role that is a member of it), which owns nothing: migrations run as the owner, who
-- creates every table. The app may read and write the tables, but on "AuditEvent" only
-- INSERT and SELECT; not being the owner or a superuser, it cannot disable or drop the
-- append-only triggers, nor set session_replication_role. README, "Database roles".
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ccsas_app') THEN
    CREATE ROLE ccsas_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
  END IF;
END
$$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ccsas_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ccsas_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ccsas_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ccsas_app;
REVOKE ALL ON "_prisma_migrations" FROM ccsas_app;

-- Tables and sequences later migrations create (as the same owner) get the same grants. A
-- new append-only table must revoke UPDATE and DELETE in its own migration, as above.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ccsas_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ccsas_app;
