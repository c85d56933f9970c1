# Deterministic selection of the demo corpus from SaudiNewsNet's stratified sample (see SOURCE.md).
# Run: /usr/bin/python3 data/demo/select.py ../shared/data/news/saudinewsnet/sample-stratified.jsonl > data/demo/saudinewsnet.jsonl
import json, re, sys

CUE = re.compile(r'(قال|أكد|اكد|أوضح|أشار|صرح|أعلن|وأضاف|مؤكدا|مشيرا)')
PER_SOURCE = 24
by_source = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        o = json.loads(line)
        content = o.get('content') or ''
        if not (400 <= len(content) <= 3500) or not (o.get('title') or '').strip():
            continue
        if not CUE.search(content):
            continue
        by_source.setdefault(o['source'], []).append(o)
for source in sorted(by_source):
    items = sorted(by_source[source], key=lambda o: (o['date_extracted'], o['url']))
    step = max(1, len(items) // PER_SOURCE)
    for o in items[::step][:PER_SOURCE]:
        rec = {k: o[k] for k in ('source', 'url', 'date_extracted', 'title', 'author', 'content')}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + '\n')
