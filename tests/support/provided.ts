// What tests/support/global-setup.ts hands to every integration test file (vitest `inject`).
declare module "vitest" {
  export interface ProvidedContext {
    /** Connection string of the test server without a database name; append one. */
    databaseServerUrl: string;
    /** The same, connecting as the app's own role (it owns nothing; src/lib/db/migrate.ts APP_ROLE). */
    appDatabaseServerUrl: string;
    /** The migrated, seeded database every test file's database is cloned from. */
    templateDatabase: string;
  }
}

export const TEMPLATE_DATABASE = "ccsas_template";
