import re, json, glob, sys
recs=[]; errs=[]
for fn in sorted(glob.glob('/work/s16w4/data/field/blind6/src/a*.txt')):
    blocks=open(fn).read().split('=== ')[1:]
    for b in blocks:
        lines=b.rstrip('\n').split('\n')
        rid, style = lines[0].split()
        keys={}; body=[]
        for l in lines[1:]:
            if l.startswith('% '):
                k,v=l[2:].split(' = ')
                parts=[p.strip() for p in v.split('|')]
                keys[k.strip()]=parts
            elif l.strip(): body.append(l)
        text_out=[]; quotes=[]
        for pi,p in enumerate(body):
            out=''; i=0
            while i<len(p):
                c=p[i]
                if c in '“‘':
                    close='”' if c=='“' else '’'
                    m=re.match(r'\{([^}]*)\}', p[i+1:])
                    if not m: errs.append((rid,'unmarked open',p[i:i+40])); out+=c; i+=1; continue
                    key=m.group(1); j=i+1+m.end()
                    k=p.find(close,j)
                    # for single quotes, close must be followed by non-letter
                    if close=='’':
                        while k!=-1 and k+1<len(p) and p[k+1].isalpha(): k=p.find(close,k+1)
                    if k==-1:
                        q=p[j:]; out+=c+q; i=len(p)
                    else:
                        q=p[j:k]; out+=c+q+close; i=k+1
                    if '“' in q or '{' in q: errs.append((rid,'nested?',q[:50]))
                    if key=='U': sp=None; kind='unmarked'
                    elif key=='?': sp=None; kind='direct'
                    else:
                        if key not in keys: errs.append((rid,'nokey',key)); sp=key
                        else: sp=keys[key][0]
                        kind='direct'
                    quotes.append({'quote':q,'speaker':sp,'kind':kind,'_pi':pi,'_key':key})
                else:
                    if c in '"”’' and c!='’': errs.append((rid,'stray mark',p[max(0,i-30):i+10]))
                    out+=c; i+=1
            text_out.append(out)
        text='\n'.join(text_out)
        aliases={}
        for k,v in keys.items():
            used=[q for q in quotes if q['_key']==k]
            if not used: errs.append((rid,'unused key',k))
            al=[a for a in v[1:]]
            for a in al:
                if not re.search(r'(?<![A-Za-z])'+re.escape(a)+r'(?![A-Za-z])', text): errs.append((rid,'alias missing',a))
            aliases[v[0]]=al
            if not re.search(re.escape(v[0]), text): errs.append((rid,'fullname missing',v[0]))
        recs.append({'id':rid,'style':style,'text':text,'quotes':quotes,'speaker_aliases':aliases})
recs.sort(key=lambda r:int(r['id'].split('-')[1]))
# validate
seen=set()
for r in recs:
    if r['id'] in seen: errs.append((r['id'],'dup id'))
    seen.add(r['id'])
    wc=len(r['text'].split())
    if not 450<=wc<=800: errs.append((r['id'],'wc',wc))
    # locate
    spans=[]; pos_expected=[]
    # expected spans: recompute from text by scanning marks
    t=r['text']; exp=[]
    paras=t.split('\n'); off=0
    for pi,p in enumerate(paras):
        i=0
        while i<len(p):
            c=p[i]
            if c=='“' or (c=='‘' and (i==0 or not p[i-1].isalpha())):
                close='”' if c=='“' else '’'
                k=p.find(close,i+1)
                if close=='’':
                    while k!=-1 and k+1<len(p) and p[k+1].isalpha(): k=p.find(close,k+1)
                if k==-1: exp.append((off+i+1,off+len(p))); i=len(p)
                else: exp.append((off+i+1,off+k)); i=k+1
            else: i+=1
        off+=len(p)+1
    if len(exp)!=len(r['quotes']): errs.append((r['id'],'region count',len(exp),len(r['quotes'])))
    located=[]
    for q,e in zip(r['quotes'],exp):
        s=0
        while True:
            idx=t.find(q['quote'],s)
            if idx==-1: break
            if not any(idx<b and idx+len(q['quote'])>a for a,b in located): break
            s=idx+1
        if idx==-1: errs.append((r['id'],'notfound',q['quote'][:40])); continue
        located.append((idx,idx+len(q['quote'])))
        if (idx,idx+len(q['quote']))!=e: errs.append((r['id'],'misplaced',q['quote'][:40]))
    if '"' in t: errs.append((r['id'],'straight dq'))
for e in errs: print('ERR',e)
with open('/work/s16w4/data/field/blind6/quotes.jsonl','w') as f:
    for r in recs:
        f.write(json.dumps({'id':r['id'],'text':r['text'],'quotes':[{k:v for k,v in q.items() if not k.startswith('_')} for q in r['quotes']],'speaker_aliases':r['speaker_aliases']},ensure_ascii=False)+'\n')
# stats
from collections import defaultdict
st=defaultdict(lambda:[0,0,0,0,0,0])
for r in recs:
    s=st[r['style']]; s[0]+=1
    for q in r['quotes']:
        if q['kind']=='direct':
            s[1]+=1
            if q['speaker']: s[2]+=1
            else: s[3]+=1
        else: s[4]+=1
    s[5]+=len(r['text'].split())
    print(r['id'],r['style'],len(r['text'].split()),'words',sum(q['kind']=='direct' for q in r['quotes']),'direct')
tot=[0]*6
for k,v in st.items():
    print(k,v); tot=[a+b for a,b in zip(tot,v)]
print('TOTAL arts,direct,named,null,unmarked,words',tot)
json.dump({k:v for k,v in st.items()},open('/tmp/b6stats.json','w'))
