import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Parses a Prisma schema into its DMMF with the schema WebAssembly module that ships inside
 * the `prisma` CLI package (the same code `prisma generate` validates with), so the drift
 * test reads the schema exactly as Prisma does, offline. `@prisma/internals` is not a
 * dependency; this is the few lines of wasm-bindgen glue its `getDMMF` wraps.
 */
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "Asc" | "Desc" }[];
}

export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

interface SchemaWasm {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(pointer: number, size: number, align: number): void;
  __externref_table_dealloc(index: number): void;
  __wbindgen_start(): void;
  get_dmmf(pointer: number, length: number): [number, number, number, number];
}

let wasm: SchemaWasm | undefined;
const decoder = new TextDecoder("utf-8", { fatal: true });

function bytes(): Uint8Array {
  return new Uint8Array(wasm!.memory.buffer);
}

function text(pointer: number, length: number): string {
  return decoder.decode(bytes().subarray(pointer >>> 0, (pointer >>> 0) + length));
}

function load(): SchemaWasm {
  if (wasm) return wasm;
  const cli = path.dirname(createRequire(import.meta.url).resolve("prisma/package.json"));
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(cli, "build/prisma_schema_build_bg.wasm")));
  // wasm-bindgen suffixes import names with a hash that changes between releases: match prefixes.
  const glue: Record<string, (...args: number[]) => unknown> = {};
  for (const { module: from, name } of WebAssembly.Module.imports(wasmModule)) {
    if (from !== "__wbindgen_placeholder__") throw new Error(`Unexpected schema wasm import ${from}.${name}`);
    if (name.startsWith("__wbg_Error_")) glue[name] = (pointer, length) => new Error(text(pointer, length));
    else if (name.startsWith("__wbg___wbindgen_throw_"))
      glue[name] = (pointer, length) => {
        throw new Error(text(pointer, length));
      };
    else if (name.startsWith("__wbg_set_message_"))
      glue[name] = (pointer, length) => {
        panicMessage = text(pointer, length);
      };
    else if (name === "__wbindgen_init_externref_table") {
      glue[name] = () => {
        const table = wasm!.__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        table.set(offset, undefined);
        table.set(offset + 1, null);
        table.set(offset + 2, true);
        table.set(offset + 3, false);
      };
    } else throw new Error(`Unexpected schema wasm import ${name}: the prisma package changed; update tests/support/prisma-dmmf.ts`);
  }
  wasm = new WebAssembly.Instance(wasmModule, { __wbindgen_placeholder__: glue }).exports as unknown as SchemaWasm;
  wasm.__wbindgen_start();
  return wasm;
}

let panicMessage: string | undefined;

/** The datamodel part of Prisma's DMMF; throws Prisma's validation message for an invalid schema. */
export function getDatamodel(schema: string): Datamodel {
  const exports = load();
  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: [["schema.prisma", schema]], noColor: true }));
  const pointer = exports.__wbindgen_malloc(input.length, 1) >>> 0;
  bytes().set(input, pointer);
  let result: [number, number, number, number];
  try {
    result = exports.get_dmmf(pointer, input.length);
  } catch (error) {
    wasm = undefined; // a panicked instance is not reusable
    throw new Error(`Prisma schema wasm panicked: ${panicMessage ?? String(error)}`);
  }
  const [outPointer, outLength, errorIndex, failed] = result;
  if (failed) {
    const error = exports.__wbindgen_externrefs.get(errorIndex) as Error;
    exports.__externref_table_dealloc(errorIndex);
    throw new Error(`Invalid Prisma schema: ${error.message}`);
  }
  try {
    return (JSON.parse(text(outPointer, outLength)) as { datamodel: Datamodel }).datamodel;
  } finally {
    exports.__wbindgen_free(outPointer, outLength, 1);
  }
}
