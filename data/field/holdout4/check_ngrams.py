import json, os, re, gzip, sys
from collections import defaultdict
W = re.compile(r"[a-z0-9']+")
def grams(t):
    w = W.findall(t.lower().replace('’', "'"))
    return [' '.join(w[i:i+6]) for i in range(len(w)-5)]
mine = defaultdict(set)
for l in open('/work/s16w3/data/field/holdout4/quotes.jsonl'):
    r = json.loads(l)
    for g in grams(r['text']): mine[g].add(r['id'])
hits = defaultdict(set)
nfiles = 0
for root, _, files in os.walk('/work/shared/eval'):
    for fn in files:
        p = os.path.join(root, fn)
        try:
            if fn.endswith('.gz'):
                txt = gzip.open(p, 'rt', encoding='utf-8', errors='ignore').read()
                txt = re.sub(r'<[^>]+>', ' ', txt)
            elif fn.endswith(('.jsonl', '.md', '.tsv', '.json', '.txt', '.csv')):
                txt = open(p, encoding='utf-8', errors='ignore').read()
                if fn.endswith(('.jsonl', '.json')):
                    txt = txt.replace('\\n', ' ').replace('\\"', '"')
            else:
                continue
        except Exception as e:
            print('skip', p, e, file=sys.stderr); continue
        nfiles += 1
        for g in set(grams(txt)):
            if g in mine: hits[g].add(os.path.relpath(p, '/work/shared/eval'))
print('files scanned', nfiles, 'my 6-grams', len(mine), 'shared', len(hits))
for g, fs in sorted(hits.items()):
    print(repr(g), sorted(mine[g]), len(fs), sorted(fs)[:3])
