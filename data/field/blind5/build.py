#!/usr/bin/env python3
"""Build quotes.jsonl from the markup files in src/*.txt and validate it.
Markup: '=== id style' starts an article; '@K Full Name | alias; alias' lines define speakers
(K = key); then the text, one paragraph per line. Each quote region opens with a tag right after
the mark: “{K}...” (speaker K), “{-}...” (unnamed speaker, direct), “{U}...” (unmarked).
A paragraph with an opening mark and no closing mark runs to paragraph end (multi-paragraph quote)."""
import json, re, sys, glob, collections
OPEN = {'“': '”', '‘': '’'}
arts = []
for fn in sorted(glob.glob('src/*.txt')):
    cur = None
    for line in open(fn, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('==='):
            _, aid, style = line.split()
            cur = {'id': aid, 'style': style, 'spk': {}, 'alias': {}, 'paras': []}
            arts.append(cur); continue
        if cur is None or not line.strip():
            continue
        if line.startswith('@') and not cur['paras']:
            k, rest = line[1:].split(' ', 1)
            name, _, al = rest.partition('|')
            cur['spk'][k] = name.strip()
            cur['alias'][name.strip()] = [a.strip() for a in al.split(';') if a.strip()]
            continue
        cur['paras'].append(line.strip())
errors = []
out = []
stats = collections.defaultdict(collections.Counter)
for a in arts:
    text = ''; quotes = []; spans = []
    for pi, p in enumerate(a['paras']):
        i = 0; buf = ''
        while i < len(p):
            ch = p[i]
            if ch in OPEN and (ch == '“' or pi == 0):
                m = re.match(r'\{([^}]+)\}', p[i+1:])
                if not m:
                    errors.append(f"{a['id']}: untagged mark in para {pi}: {p[i:i+40]}"); buf += ch; i += 1; continue
                key = m.group(1)
                j = p.find(OPEN[ch], i + 1 + m.end())
                qstart_src = i + 1 + m.end()
                body = p[qstart_src:j] if j >= 0 else p[qstart_src:]
                buf += ch
                start = len(text) + len(buf)
                buf += body
                if j >= 0:
                    buf += OPEN[ch]; i = j + 1
                else:
                    i = len(p)
                if key == 'U': spk, kind = None, 'unmarked'
                elif key == '-': spk, kind = None, 'direct'
                else:
                    if key not in a['spk']: errors.append(f"{a['id']}: unknown key {key}")
                    spk, kind = a['spk'].get(key), 'direct'
                quotes.append({'quote': body, 'speaker': spk, 'kind': kind}); spans.append((start, start + len(body)))
            else:
                buf += ch; i += 1
        text += buf + ('\n' if pi < len(a['paras']) - 1 else '')
    # validation
    nw = len(text.split())
    lo, hi = {'feature': (450, 800), 'local': (200, 450), 'business': (250, 500)}[a['style']]
    if not lo <= nw <= hi: errors.append(f"{a['id']}: {nw} words, want {lo}-{hi}")
    if '"' in text: errors.append(f"{a['id']}: straight double quote")
    if re.search(r"(^|\s)'|(?<!s)'(\s|$|[,.;:?!])", text.split('\n')[0]): errors.append(f"{a['id']}: straight single quote in headline?")
    if '{' in text or '}' in text: errors.append(f"{a['id']}: stray brace")
    if "’" in text.split('\n', 1)[1] or "‘" in text.split('\n', 1)[1]: errors.append(f"{a['id']}: curly single in body")
    nmarks = text.count('“') + text.split('\n')[0].count('‘')
    if nmarks != len(quotes): errors.append(f"{a['id']}: {nmarks} open marks vs {len(quotes)} quotes")
    # locate left to right
    located = []
    for q, sp in zip(quotes, spans):
        pos = 0; found = None
        while True:
            k = text.find(q['quote'], pos)
            if k < 0: break
            e = k + len(q['quote'])
            if all(e <= s or k >= t for s, t in located): found = (k, e); break
            pos = k + 1
        if found != sp: errors.append(f"{a['id']}: quote located at {found} not {sp}: {q['quote'][:40]}")
        located.append(sp)
        if not q['quote'].strip() or q['quote'] != q['quote'].strip(): errors.append(f"{a['id']}: whitespace edge: {q['quote'][:30]!r}")
    used = {q['speaker'] for q in quotes if q['speaker']}
    aliases = {}
    for name, al in a['alias'].items():
        if name not in used: errors.append(f"{a['id']}: speaker {name} defined but unused"); continue
        for s in al:
            if not re.search(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text): errors.append(f"{a['id']}: alias not in text: {s}")
        if al: aliases[name] = al
    for name in used:
        if name not in text: stats['_'][f'fullname-not-verbatim:{a["id"]}:{name}'] += 1
    st = stats[a['style']]; st['articles'] += 1; st['words'] += nw
    for q in quotes:
        if q['kind'] == 'unmarked': st['unmarked'] += 1
        else:
            st['direct'] += 1; st['named' if q['speaker'] else 'null'] += 1
    rec = {'id': a['id'], 'text': text, 'quotes': quotes, 'speaker_aliases': aliases}
    out.append(rec)
ids = [r['id'] for r in out]
if len(ids) != len(set(ids)): errors.append('duplicate ids')
with open('quotes.jsonl', 'w', encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
for e in errors: print('ERR', e)
tot = collections.Counter()
for s in ('feature', 'local', 'business'):
    print(s, dict(stats[s])); tot.update(stats[s])
print('total', dict(tot))
if stats['_']: print('note', dict(stats['_']))
for r, a in zip(out, arts): print(r['id'], a['style'], len(r['text'].split()), 'w', len(r['quotes']), 'q')
sys.exit(1 if errors else 0)
