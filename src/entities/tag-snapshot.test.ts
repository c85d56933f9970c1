import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../data/paths.js';
import { readSnapshot, SNAPSHOT_FILE } from './tag-snapshot.js';
import { loadTagger } from './tagger.js';

const hasModel = existsSync(dataPath('models', 'ner.model.json'));

describe.skipIf(!hasModel || !existsSync(SNAPSHOT_FILE))('the tagger against its output snapshot', () => {
  const snap = readSnapshot();
  it('covers a real amount of text with entities in it', () => {
    expect(snap.length).toBeGreaterThanOrEqual(20);
    const tags = snap.flatMap((d) => d.tags.flat());
    expect(tags.length).toBeGreaterThan(5000);
    expect(tags.filter((t) => t !== 'O').length).toBeGreaterThan(200);
  });
  it('gives exactly the recorded tags, with cold and with warm caches, in either document order', () => {
    const tagger = loadTagger();
    for (const order of [snap, [...snap].reverse(), snap]) {
      for (const d of order) expect(tagger.tagDocument(d.sentences), d.id).toEqual(d.tags);
    }
  });
  it('tags a sentence alone the same as a one-sentence document', () => {
    const tagger = loadTagger();
    const d = snap[1]!;
    for (const s of d.sentences.slice(0, 5)) expect(tagger.tag(s)).toEqual(tagger.tagDocument([s])[0]);
  });
});
