import os,re,json,gzip
def words(t): return re.findall(r"[a-z0-9']+", t.lower().replace('’',"'"))
def grams(t,n=6):
    w=words(t); return set(tuple(w[i:i+n]) for i in range(len(w)-n+1))
mine={}
for l in open('/work/s16w4/data/field/blind6/quotes.jsonl'):
    d=json.loads(l); mine[d['id']]=grams(d['text'])
allmine=set().union(*mine.values())
hits={}
for root,ds,fs in os.walk('/work/shared/eval'):
    for f in fs:
        p=os.path.join(root,f)
        try:
            if f.endswith('.gz'):
                t=gzip.open(p,'rt',errors='ignore').read(); t=re.sub(r'<[^>]+>',' ',t)
            elif f.endswith(('.jsonl','.md','.tsv','.json','.txt','.html')):
                t=open(p,errors='ignore').read()
                if f.endswith('.html'): t=re.sub(r'<[^>]+>',' ',t)
            else: continue
        except Exception as e: print('skip',p,e); continue
        g=grams(t)&allmine
        for x in g: hits.setdefault(x,set()).add(p.replace('/work/shared/eval/',''))
for x,ps in sorted(hits.items()):
    ids=[i for i,g in mine.items() if x in g]
    print(' '.join(x),'|',ids,'|',len(ps),'files e.g.',sorted(ps)[:2])
print('TOTAL shared 6-grams',len(hits))
