/** `rasid parse` as a user runs it: a real process, real files, exit codes and one-line errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/doc/doc.js';
import { ROOT, fixturePath } from '../../src/data/paths.js';
import { validateDoc } from '../../src/article/doc-schema.js';

const BIN = join(ROOT, 'bin', 'rasid.js');
const SEED = fixturePath('seed', '000_c645db0d12d9f96d.txt');
const dir = mkdtempSync(join(tmpdir(), 'rasid-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rasid(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const docsOf = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
const ERROR_LINE = /^rasid: E_[A-Z_]+: [^\n]+$/;

describe('rasid parse', () => {
  it('prints the seed as one JSON Doc that validates, with the article fields', () => {
    const r = rasid(['parse', SEED]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [doc, ...rest] = docsOf(r.out);
    expect(rest).toHaveLength(0);
    expect(validateDoc(doc)).toEqual([]);
    expect(doc!.article).toMatchObject({
      kicker: { text: 'رئيس الوزراء العراقي' },
      headline: { text: 'من لا يستطيع حماية المواطنين عليه ان يتنحى من موقعه' },
      published: '2021-01-22T10:42:00Z',
      outlet: 'العالم',
      section: 'العراق',
    });
    expect(doc!.article!.body).toHaveLength(8);
    expect(doc!.tokens!.length).toBeGreaterThan(0);
  });

  it('a batch: good files still print, bad ones get one line each, the exit status says some failed', () => {
    const cp1256 = file('cp1256.txt', iconv.encode('الرياض - واس\nأعلنت الوزارة اليوم عن خطة جديدة لتطوير التعليم.', 'cp1256'));
    const empty = file('empty.txt', '');
    const binary = file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
    const english = file('en.txt', 'This file is written in English only.');
    const jsonl = file('r.jsonl', `${JSON.stringify({ title: 'خبر أول عن الطقس في الرياض', content: 'تشهد الرياض أمطارا غزيرة اليوم.' })}\n{oops\n`);
    const html = file(
      'page.html.gz',
      gzipSync(
        '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>افتتاح معرض الكتاب</title></head><body><article><h1>افتتاح معرض الكتاب</h1>' +
          '<p>افتتح وزير الثقافة اليوم معرض الكتاب الدولي بمشاركة مئات دور النشر من الدول العربية والأجنبية.</p>' +
          '<p>ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية وورش عمل للأطفال.</p></article></body></html>',
      ),
    );
    const r = rasid(['parse', '--jsonl', '--no-tokens', SEED, join(dir, 'missing.txt'), dir, empty, binary, english, cp1256, html, jsonl]);
    const errLines = r.err.trim().split('\n');
    expect(errLines.every((l) => ERROR_LINE.test(l))).toBe(true);
    expect(errLines.map((l) => /E_[A-Z_]+/.exec(l)![0])).toEqual(['E_INPUT_MISSING', 'E_INPUT_UNREADABLE', 'E_INPUT_EMPTY', 'E_INPUT_BINARY', 'E_INPUT_NOT_ARABIC', 'E_JSON_INVALID']);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(3); // the first failure's status (E_INPUT_MISSING)
    const docs = docsOf(r.out);
    expect(docs).toHaveLength(4);
    expect(docs[2]!.source).toMatchObject({ format: 'html' });
    expect(docs[2]!.article!.headline?.text).toBe('افتتاح معرض الكتاب');
    for (const d of docs) {
      expect(validateDoc(d)).toEqual([]);
      expect(d.tokens).toBeUndefined();
    }
    expect(docs[1]!.source).toMatchObject({ encoding: 'windows-1256' });
    expect(docs[1]!.article).toMatchObject({ place: 'الرياض', agency: 'واس' });
  });

  it('reads standard input with -, and --pretty indents', () => {
    const r = rasid(['parse', '--pretty', '--layers', 'article', '-'], Buffer.from('بغداد - واع\nعقد مجلس الوزراء جلسته الاعتيادية برئاسة رئيس الوزراء.'));
    expect(r.code).toBe(0);
    expect(r.out.startsWith('{\n  "schemaVersion": 1')).toBe(true);
    const d = JSON.parse(r.out) as Doc;
    expect(d.article).toMatchObject({ place: 'بغداد', agency: 'واع' });
    expect(d.paragraphs).toBeUndefined();
  });

  it('usage errors: size limit, unknown encoding, unknown layer, no files', () => {
    const big = rasid(['parse', '--max-bytes', '1k', SEED]);
    expect(big.code).toBe(4);
    expect(big.err).toMatch(/^rasid: E_INPUT_TOO_LARGE: The input is \d+ bytes, over the limit of 1024 bytes: /);
    const enc = rasid(['parse', '--encoding', 'klingon', SEED]);
    expect(enc.code).toBe(2);
    expect(enc.err.trim()).toBe('rasid: E_ENCODING_UNKNOWN: Unknown or unsupported encoding "klingon"');
    const layer = rasid(['parse', '--layers', 'gossip', SEED]);
    expect(layer.code).toBe(2);
    expect(layer.err.trim()).toMatch(ERROR_LINE);
    const none = rasid(['parse']);
    expect(none.code).toBe(2);
    expect(none.err.trim()).toMatch(/^rasid: E_USAGE: /);
  });

  it('--encoding forces the decoding', () => {
    const p = file('iso.txt', iconv.encode('دمشق - سانا\nاستقبل الرئيس وفدا برلمانيا في القصر.', 'iso-8859-6'));
    const r = rasid(['parse', '--encoding', 'iso-8859-6', '--layers', 'article', p]);
    expect(r.code).toBe(0);
    expect(docsOf(r.out)[0]!.article).toMatchObject({ place: 'دمشق', agency: 'سانا' });
  });
});

describe('rasid eval', () => {
  it('an unknown kind is a usage error', () => {
    const r = rasid(['eval', 'horoscopes']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^rasid: E_USAGE: .*unknown evaluation "horoscopes"/);
  });
});
