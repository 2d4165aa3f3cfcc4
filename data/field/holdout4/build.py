"""Build quotes.jsonl from the markup files src_*.txt in this folder.

Markup: articles separated by a line '=== <id> <style>'.
Header lines '@sp CODE = Full Name | alias1; alias2' define speakers (Full Name may be 'null').
In the body, ⟦CODE|quoted text⟧ marks a gold quote (the quotation marks are written outside it);
CODE '~' = unmarked, '?' = direct with null speaker.
"""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r'⟦([^|⟧]+)\|([^⟧]*)⟧')
recs = []
for fn in sorted(glob.glob(os.path.join(HERE, 'src_*.txt'))):
    raw = open(fn, encoding='utf-8').read()
    for block in re.split(r'^=== ', raw, flags=re.M)[1:]:
        lines = block.split('\n')
        aid, style = lines[0].split()[0], lines[0].split()[1]
        sp, aliases, body = {}, {}, []
        for ln in lines[1:]:
            if ln.startswith('@sp '):
                code, rest = ln[4:].split('=', 1)
                name, _, al = rest.partition('|')
                name = name.strip()
                sp[code.strip()] = None if name == 'null' else name
                als = [a.strip() for a in al.split(';') if a.strip()]
                if als and name != 'null':
                    aliases[name] = als
            elif ln.strip():
                body.append(ln.strip())
        def curl(p):
            out, n = [], 0
            for ch in p:
                if ch == '"':
                    out.append('“' if n % 2 == 0 else '”'); n += 1
                else:
                    out.append(ch)
            return ''.join(out)
        text_m = '\n'.join(curl(p) for p in body)
        quotes, out, pos = [], [], 0
        for m in MARK.finditer(text_m):
            code, q = m.group(1), m.group(2)
            if code == '~':
                quotes.append({'quote': q, 'speaker': None, 'kind': 'unmarked'})
            elif code == '?':
                quotes.append({'quote': q, 'speaker': None, 'kind': 'direct'})
            else:
                quotes.append({'quote': q, 'speaker': sp[code], 'kind': 'direct'})
        text = MARK.sub(lambda m: m.group(2), text_m)
        # record written spans
        spans, off, last = [], 0, 0
        for m in MARK.finditer(text_m):
            s = m.start() - off
            spans.append((s, s + len(m.group(2))))
            off += len(m.group(0)) - len(m.group(2))
        recs.append({'id': aid, 'text': text, 'quotes': quotes,
                     'speaker_aliases': aliases, '_style': style, '_spans': spans})
json.dump([{'id': r['id'], 'style': r['_style']} for r in recs],
          open(os.path.join(HERE, 'styles.json'), 'w'), indent=0)
with open(os.path.join(HERE, 'quotes.jsonl'), 'w', encoding='utf-8') as f:
    for r in recs:
        f.write(json.dumps({k: v for k, v in r.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
# validation
err = 0
ids = [r['id'] for r in recs]
if len(ids) != len(set(ids)): print('DUP IDS'); err += 1
for r in recs:
    t = r['text']
    wc = len(t.split())
    if not 450 <= wc <= 900: print(r['id'], 'word count', wc); err += 1
    taken = []
    for q, sp_ in zip(r['quotes'], r['_spans']):
        start = 0; found = None
        while True:
            i = t.find(q['quote'], start)
            if i < 0: break
            if not any(i < b and i + len(q['quote']) > a for a, b in taken):
                found = i; break
            start = i + 1
        if found is None or (found, found + len(q['quote'])) != sp_:
            print(r['id'], 'LOCATE MISMATCH', q['quote'][:50], found, sp_); err += 1
        taken.append(sp_)
    # quote-mark regions
    regions = []
    po = 0
    for para in t.split('\n'):
        for m in re.finditer(r'“([^”]*)(”|$)', para): regions.append((po + m.start(1), po + m.end(1)))
        po += len(para) + 1
    for m in re.finditer(r'‘([^’]*)’', t.split('\n')[0]): regions.append((m.start(1), m.end(1)))
    paras = t.split('\n')
    for i, para in enumerate(paras):
        d = para.count('“') - para.count('”')
        if d not in (0, 1) or (d == 1 and (i + 1 == len(paras) or not paras[i + 1].startswith('“'))):
            print(r['id'], 'unbalanced double marks in paragraph', i); err += 1
    for a, b in regions:
        if not any(sa <= a and b <= sb for sa, sb in r['_spans']):
            print(r['id'], 'UNCOVERED region', t[a:b][:60]); err += 1
    for a, b in r['_spans']:
        before, after = t[a-1:a], t[b:b+1]
        if before not in '“‘' or after not in '”’\n':
            print(r['id'], 'span not inside marks', repr(t[a-1:b+1][:60])); err += 1
    for name, als in r['speaker_aliases'].items():
        for al in als:
            if al not in t: print(r['id'], 'alias missing', name, al); err += 1
    for q in r['quotes']:
        if q['speaker'] and q['speaker'] not in t and q['speaker'] not in r['speaker_aliases']:
            pass
    if "’" in t.replace('’', '', 0) and False: pass
    # straight apostrophes in body: no ’ outside the headline
    if re.search(r"(^|[\s(])'\w|\w'([\s,.:;?!)]|$)", t.split('\n')[0].replace("s' ", "s ")):
        print(r['id'], 'straight single quote mark in headline?', t.split('\n')[0]); err += 1
    body = t.split('\n', 1)[1]
    if '’' in body or '‘' in body: print(r['id'], 'curly single in body'); err += 1
    for q in r['quotes']:
        if q['speaker'] and q['speaker'] not in t:
            print(r['id'], 'speaker name not in text verbatim', q['speaker']); err += 1
# stricter: every quote's first occurrence anywhere in the text is its own span (no nesting ambiguity)
for r in recs:
    for q, sp_ in zip(r['quotes'], r['_spans']):
        if r['text'].find(q['quote']) != sp_[0]:
            print(r['id'], 'quote also occurs earlier', q['quote'][:50]); err += 1
print('articles', len(recs), 'errors', err)
