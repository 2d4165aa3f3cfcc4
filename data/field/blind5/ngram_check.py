#!/usr/bin/env python3
"""6-gram overlap check: lower-cased word 6-grams of quotes.jsonl texts vs every file under
/work/shared/eval (JSONL string values, MD, TSV, PY, gzipped HTML with tags crudely stripped)."""
import json, re, gzip, os, sys, collections
EVAL = '/work/shared/eval'
def toks(s):
    s = s.lower().replace('’', "'").replace('‘', "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", s)
def grams(t, n=6):
    return {tuple(t[i:i+n]) for i in range(len(t) - n + 1)}
mine = collections.defaultdict(set)
for line in open('quotes.jsonl', encoding='utf-8'):
    r = json.loads(line)
    for g in grams(toks(r['text'])): mine[g].add(r['id'])
def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
hits = collections.defaultdict(set)
for root, _, files in os.walk(EVAL):
    for fn in files:
        p = os.path.join(root, fn)
        try:
            if fn.endswith('.gz'):
                txt = gzip.open(p, 'rt', encoding='utf-8', errors='replace').read()
                txt = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', txt)
                chunks = [re.sub(r'<[^>]+>', ' ', txt)]
            elif fn.endswith('.jsonl'):
                chunks = []
                for l in open(p, encoding='utf-8', errors='replace'):
                    try: chunks.extend(strings(json.loads(l)))
                    except Exception: chunks.append(l)
            else:
                chunks = [open(p, encoding='utf-8', errors='replace').read()]
        except Exception as e:
            print('skip', p, e, file=sys.stderr); continue
        for c in chunks:
            t = toks(c)
            for i in range(len(t) - 5):
                g = tuple(t[i:i+6])
                if g in mine: hits[g].add(os.path.relpath(p, EVAL))
print(f'{len(mine)} distinct 6-grams in set; {len(hits)} shared with /work/shared/eval')
for g, fs in sorted(hits.items()):
    print(' '.join(g), '|', ','.join(sorted(mine[g])), '|', ', '.join(sorted(fs)[:3]) + (' ...' if len(fs) > 3 else ''))
