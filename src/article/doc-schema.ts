/**
 * Checks a Doc against schema/doc.schema.json with a compact validator for the part of JSON Schema
 * that file uses (type, const, enum, properties, required, additionalProperties, items, $ref to
 * $defs, anyOf, minimum, minLength, pattern), and checks what the schema cannot say: every span
 * lies inside the text and its `text` equals the slice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../data/paths.js';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  pattern?: string;
  $defs?: Record<string, JsonSchema>;
};

let docSchema: JsonSchema | null = null;

/** schema/doc.schema.json, parsed once. */
export function loadDocSchema(): JsonSchema {
  docSchema ??= JSON.parse(readFileSync(join(ROOT, 'schema', 'doc.schema.json'), 'utf8')) as JsonSchema;
  return docSchema;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(want: string, v: unknown): boolean {
  const t = typeOf(v);
  return want === t || (want === 'number' && t === 'integer');
}

/** Errors of `value` against `schema` (empty when valid), each `path: problem`. */
export function validateSchema(value: unknown, schema: JsonSchema, root: JsonSchema = schema, path = '$'): string[] {
  const errs: string[] = [];
  if (schema.$ref) {
    const m = /^#\/\$defs\/(.+)$/u.exec(schema.$ref);
    const target = m ? root.$defs?.[m[1]!] : undefined;
    if (!target) return [`${path}: unresolvable $ref ${schema.$ref}`];
    errs.push(...validateSchema(value, target, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(t, value))) return [...errs, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if ('const' in schema && value !== schema.const) errs.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.anyOf && !schema.anyOf.some((s) => validateSchema(value, s, root, path).length === 0)) errs.push(`${path}: matches none of anyOf`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) errs.push(`${path}: ${value} < ${schema.minimum}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errs.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errs.push(`${path}: "${value}" does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errs.push(...validateSchema(v, schema.items!, root, `${path}[${i}]`)));
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj) || obj[r] === undefined) errs.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const sub = schema.properties?.[k];
      if (sub) errs.push(...validateSchema(v, sub, root, `${path}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${path}: unexpected property ${k}`);
      else if (typeof schema.additionalProperties === 'object') errs.push(...validateSchema(v, schema.additionalProperties, root, `${path}.${k}`));
    }
  }
  return errs;
}

function isSpanLike(v: unknown): v is { start: number; end: number; text: string } {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

/** Every span anywhere in the Doc (objects with numeric start/end and a text), with its path. */
export function spanErrors(doc: { text: string }): string[] {
  const errs: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      if (isSpanLike(v)) {
        const { start, end, text } = v;
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.text.length) {
          errs.push(`${path}: bad offsets [${start}, ${end}) for a text of ${doc.text.length}`);
        } else if (doc.text.slice(start, end) !== text) {
          errs.push(`${path}: text ${JSON.stringify(text.slice(0, 40))} is not the slice ${JSON.stringify(doc.text.slice(start, Math.min(end, start + 40)))}`);
        }
      }
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, `${path}.${k}`);
    }
  };
  for (const [k, x] of Object.entries(doc)) if (k !== 'text') walk(x, `$.${k}`);
  return errs;
}

/** Schema errors and span errors of a Doc (as printed: after a JSON round trip). Empty when valid. */
export function validateDoc(doc: unknown): string[] {
  const plain = JSON.parse(JSON.stringify(doc)) as unknown;
  const errs = validateSchema(plain, loadDocSchema());
  if (plain && typeof plain === 'object' && typeof (plain as { text?: unknown }).text === 'string') errs.push(...spanErrors(plain as { text: string }));
  return errs;
}
