import type pg from "pg";
import { getDatamodel, type DmmfField, type DmmfModel } from "./prisma-dmmf.ts";

/**
 * What the database structure should be (from prisma/schema.prisma, read by Prisma's own
 * parser) and what it is (from pg_catalog), in one comparable shape, and the differences.
 * Names follow Prisma's defaults for PostgreSQL: `<Table>_pkey`, `<Table>_<cols>_key`,
 * `<Table>_<cols>_idx`, `<Table>_<cols>_fkey`; `map:` names are honoured for indexes and
 * keys. The DMMF does not expose `@relation(map:)`, so foreign keys must keep default names.
 */
export interface ColumnShape {
  type: string;
  nullable: boolean;
  /** The default expression as PostgreSQL prints it; "(any)" when only its presence is checked; null for none. */
  default: string | null;
}

export interface IndexShape {
  unique: boolean;
  primary: boolean;
  method: string;
  columns: string[];
}

export interface ForeignKeyShape {
  columns: string[];
  references: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  /** Every index, the primary key's too, by name. */
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
}

const ANY_DEFAULT = "(any)";
const MAX_IDENTIFIER = 63;

// ------------------------------------------------------------------ expected, from Prisma

export function expectedShape(schema: string): SchemaShape {
  const datamodel = getDatamodel(schema);
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enumNames = new Map(datamodel.enums.map((item) => [item.name, item.dbName ?? item.name]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  };

  const shape: SchemaShape = { enums: {}, tables: {} };
  for (const item of datamodel.enums) {
    shape.enums[item.dbName ?? item.name] = item.values.map((value) => value.dbName ?? value.name);
  }

  for (const model of datamodel.models) {
    const table = tableOf(model);
    const columns: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const column = field.dbName ?? field.name;
      columns[column] = {
        type: columnType(field, enumNames),
        // Prisma's own migrations create scalar lists (String[]) as nullable array columns.
        nullable: field.isList || !field.isRequired,
        default: columnDefault(field, table, column, enumNames),
      };
    }

    const indexes: Record<string, IndexShape> = {};
    for (const index of datamodel.indexes.filter((candidate) => candidate.model === model.name)) {
      if (index.type === "fulltext") throw new Error(`${model.name}: fulltext indexes are not PostgreSQL indexes`);
      const cols = index.fields.map((field) => columnOf(model, field.name) + (field.sortOrder === "Desc" ? " DESC" : ""));
      const bare = index.fields.map((field) => columnOf(model, field.name));
      const name = index.dbName ?? (index.type === "id" ? defaultName(table, [], "pkey") : defaultName(table, bare, index.type === "unique" ? "key" : "idx"));
      indexes[name] = {
        unique: index.type !== "normal",
        primary: index.type === "id",
        method: (index.algorithm ?? "BTree").toLowerCase(),
        columns: cols,
      };
    }

    const foreignKeys: Record<string, ForeignKeyShape> = {};
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const target = models.get(field.type)!;
      const from = field.relationFromFields.map((name) => columnOf(model, name));
      const required = field.relationFromFields.every((name) => model.fields.find((f) => f.name === name)?.isRequired);
      foreignKeys[defaultName(table, from, "fkey")] = {
        columns: from,
        references: tableOf(target),
        referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(target, name)),
        // Prisma's defaults: required relations restrict deletes, optional ones set null.
        onDelete: referentialAction(field.relationOnDelete ?? (required ? "Restrict" : "SetNull")),
        onUpdate: referentialAction(field.relationOnUpdate ?? "Cascade"),
      };
    }
    shape.tables[table] = { columns, indexes, foreignKeys };
  }
  return shape;
}

// Prisma's ConstraintNames: `<table>_<columns>_<suffix>`, cut to PostgreSQL's 63 bytes.
function defaultName(table: string, columns: string[], suffix: string): string {
  const base = [table, ...columns].join("_");
  const limit = MAX_IDENTIFIER - suffix.length - 1;
  return `${base.length > limit ? base.slice(0, limit) : base}_${suffix}`;
}

function referentialAction(action: string): string {
  const actions: Record<string, string> = { Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT" };
  const sql = actions[action];
  if (!sql) throw new Error(`Unknown referential action ${action}`);
  return sql;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// @db.* attributes as PostgreSQL's format_type() prints the column type.
function nativeType(name: string, args: string[]): string {
  const precision = args.length ? `(${args.join(",")})` : "";
  switch (name) {
    case "Text":
      return "text";
    case "VarChar":
      return `character varying${precision}`;
    case "Char":
      return `character${precision || "(1)"}`;
    case "Uuid":
      return "uuid";
    case "Inet":
      return "inet";
    case "Citext":
      return "citext";
    case "Xml":
      return "xml";
    case "Bit":
      return `bit${precision || "(1)"}`;
    case "VarBit":
      return `bit varying${precision}`;
    case "SmallInt":
      return "smallint";
    case "Integer":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Oid":
      return "oid";
    case "Real":
      return "real";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return `numeric${precision}`;
    case "Money":
      return "money";
    case "Boolean":
      return "boolean";
    case "Date":
      return "date";
    case "Timestamp":
      return `timestamp${precision || "(3)"} without time zone`;
    case "Timestamptz":
      return `timestamp${precision || "(3)"} with time zone`;
    case "Time":
      return `time${precision || "(3)"} without time zone`;
    case "Timetz":
      return `time${precision || "(3)"} with time zone`;
    case "Json":
      return "json";
    case "JsonB":
      return "jsonb";
    case "ByteA":
      return "bytea";
    default:
      throw new Error(`No PostgreSQL type known for @db.${name}: extend nativeType() in tests/support/schema-drift.ts`);
  }
}

function columnType(field: DmmfField, enums: Map<string, string>): string {
  let base: string;
  if (field.kind === "enum") base = `enum ${enums.get(field.type)}`;
  else if (field.nativeType) base = nativeType(field.nativeType[0], field.nativeType[1]);
  else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`No PostgreSQL type known for Prisma type ${field.type}`);
    base = scalar;
  }
  return field.isList ? `${base}[]` : base;
}

// Defaults the database holds. uuid()/cuid()/nanoid()/ulid() and @updatedAt are filled in by
// the Prisma client, so the column has no default.
function columnDefault(field: DmmfField, table: string, column: string, enums: Map<string, string>): string | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default;
  if (value && typeof value === "object" && !Array.isArray(value) && "name" in value) {
    const name = (value as { name: string }).name;
    if (["uuid", "cuid", "nanoid", "ulid"].includes(name)) return null;
    if (name === "now") return "CURRENT_TIMESTAMP";
    if (name === "autoincrement") return `nextval('${quoteIdent(`${table}_${column}_seq`)}'::regclass)`;
    return ANY_DEFAULT;
  }
  if (field.isList) return ANY_DEFAULT;
  if (field.kind === "enum" && typeof value === "string") return `'${value}'::${quoteIdent(enums.get(field.type)!)}`;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" && value >= 0 && !field.nativeType) return String(value);
  if (typeof value === "string" && field.type === "String" && !field.nativeType) return `'${value.replaceAll("'", "''")}'::text`;
  return ANY_DEFAULT;
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

// ------------------------------------------------------------------ actual, from PostgreSQL

/** Tables Prisma keeps for itself, which no model declares. */
const BOOKKEEPING_TABLES = ["_prisma_migrations"];

export async function actualShape(client: pg.Client, schema = "public"): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, tables: {} };

  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  for (const row of enums.rows) shape.enums[row.name] = row.values;

  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(
    `SELECT c.relname AS table, a.attname AS column,
            CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
                 WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
                 ELSE format_type(a.atttypid, a.atttypmod) END AS type,
            NOT a.attnotnull AS nullable,
            pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($2))`,
    [schema, BOOKKEEPING_TABLES],
  );
  const table = (name: string) => (shape.tables[name] ??= { columns: {}, indexes: {}, foreignKeys: {} });
  for (const row of columns.rows) {
    table(row.table).columns[row.column] = { type: row.type, nullable: row.nullable, default: row.default };
  }

  const indexes = await client.query<{
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    method: string;
    columns: string[];
    partial: boolean;
  }>(
    `SELECT c.relname AS table, ic.relname AS name, i.indisunique AS unique, i.indisprimary AS primary, am.amname AS method,
            i.indpred IS NOT NULL AS partial,
            ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) ||
                         CASE WHEN i.indoption[k - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                    FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k)::text[] AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_am am ON am.oid = ic.relam
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND NOT (c.relname = ANY($2))`,
    [schema, BOOKKEEPING_TABLES],
  );
  for (const row of indexes.rows) {
    // A partial index is something no Prisma schema can declare: report it by a name that says so.
    const columns = row.columns.map((column) => column.replace(/^"(.*)"$/, "$1"));
    table(row.table).indexes[row.partial ? `${row.name} (partial)` : row.name] = {
      unique: row.unique,
      primary: row.primary,
      method: row.method,
      columns,
    };
  }

  const foreignKeys = await client.query<{
    table: string;
    name: string;
    columns: string[];
    references: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(
    `SELECT c.relname AS table, con.conname AS name, rc.relname AS references,
            ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS referenced_columns,
            con.confdeltype AS on_delete, con.confupdtype AS on_update
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_class rc ON rc.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1 AND NOT (c.relname = ANY($2))`,
    [schema, BOOKKEEPING_TABLES],
  );
  const actions: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
  for (const row of foreignKeys.rows) {
    table(row.table).foreignKeys[row.name] = {
      columns: row.columns,
      references: row.references,
      referencedColumns: row.referenced_columns,
      onDelete: actions[row.on_delete] ?? row.on_delete,
      onUpdate: actions[row.on_update] ?? row.on_update,
    };
  }
  return shape;
}

// ------------------------------------------------------------------ the comparison

/** Every way `actual` differs from `expected`, one readable line each; empty when they match. */
export function schemaDifferences(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  compareKeys("enum", expected.enums, actual.enums, problems, (name, want, have) => {
    if (want.join(",") !== have.join(",")) problems.push(`enum ${name}: values are [${have.join(", ")}], schema says [${want.join(", ")}]`);
  });
  compareKeys("table", expected.tables, actual.tables, problems, (name, want, have) => {
    compareKeys(`column of ${name}:`, want.columns, have.columns, problems, (column, w, h) => {
      const where = `${name}.${column}`;
      if (w.type !== h.type) problems.push(`${where}: type is ${h.type}, schema says ${w.type}`);
      if (w.nullable !== h.nullable) problems.push(`${where}: ${h.nullable ? "nullable" : "NOT NULL"}, schema says ${w.nullable ? "nullable" : "NOT NULL"}`);
      if (w.default === ANY_DEFAULT ? h.default === null : w.default !== h.default) {
        problems.push(`${where}: default is ${h.default ?? "none"}, schema says ${w.default ?? "none"}`);
      }
    });
    compareKeys(`index on ${name}:`, want.indexes, have.indexes, problems, (index, w, h) => {
      if (JSON.stringify(w) !== JSON.stringify(h)) problems.push(`index ${index}: is ${JSON.stringify(h)}, schema says ${JSON.stringify(w)}`);
    });
    compareKeys(`foreign key on ${name}:`, want.foreignKeys, have.foreignKeys, problems, (key, w, h) => {
      if (JSON.stringify(w) !== JSON.stringify(h)) problems.push(`foreign key ${key}: is ${JSON.stringify(h)}, schema says ${JSON.stringify(w)}`);
    });
  });
  return problems;
}

function compareKeys<T>(
  what: string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  problems: string[],
  compare: (name: string, expected: T, actual: T) => void,
): void {
  for (const name of Object.keys(expected).sort()) {
    if (!(name in actual)) problems.push(`missing ${what} ${name} (declared in the schema, absent from the database)`);
    else compare(name, expected[name]!, actual[name]!);
  }
  for (const name of Object.keys(actual).sort()) {
    if (!(name in expected)) problems.push(`extra ${what} ${name} (in the database, not declared in the schema)`);
  }
}
