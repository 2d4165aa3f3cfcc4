#!/usr/bin/env python3
"""Lower-cased word 6-grams of quotes.jsonl texts vs every file under /work/shared/eval."""
import json, re, os, gzip, sys, collections
TOK = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
def grams(s):
    w = TOK.findall(s.lower().replace('’', "'").replace('‘', "'"))
    return {tuple(w[i:i+6]) for i in range(len(w) - 5)}
mine = collections.defaultdict(set)
for line in open('quotes.jsonl', encoding='utf-8'):
    r = json.loads(line)
    for g in grams(r['text']): mine[g].add(r['id'])
hits = collections.defaultdict(set)
nfiles = 0
for root, _, files in os.walk('/work/shared/eval'):
    for f in files:
        p = os.path.join(root, f)
        try:
            if f.endswith('.gz'):
                s = gzip.open(p, 'rt', encoding='utf-8', errors='ignore').read()
                s = re.sub(r'(?s)<(script|style)\b.*?</\1>', ' ', s); s = re.sub(r'<[^>]+>', ' ', s)
            elif f.endswith(('.jsonl', '.json', '.md', '.tsv', '.txt', '.csv')):
                s = open(p, encoding='utf-8', errors='ignore').read()
            else:
                continue
        except Exception as e:
            print('skip', p, e); continue
        nfiles += 1
        if f.endswith(('.jsonl', '.json')):
            s = s.replace('\\n', ' ').replace('\\"', '"')
            s = re.sub(r'\\u2019|\\u2018', "'", s)
        w = TOK.findall(s.lower().replace('’', "'").replace('‘', "'"))
        for i in range(len(w) - 5):
            g = tuple(w[i:i+6])
            if g in mine: hits[g].add(os.path.relpath(p, '/work/shared/eval'))
print('files scanned', nfiles, 'my 6-grams', len(mine), 'shared', len(hits))
for g, fs in sorted(hits.items(), key=lambda x: sorted(mine[x[0]])):
    print(' '.join(g), '|', ','.join(sorted(mine[g])), '|', len(fs), 'files e.g.', sorted(fs)[0])
