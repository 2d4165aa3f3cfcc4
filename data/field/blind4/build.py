#!/usr/bin/env python3
"""Build quotes.jsonl from markup/*.txt and validate it.
Markup: '=== id | style', '@K Full Name || alias || ...' ('@N -' = unnamed speaker, '@U -' = unmarked),
then headline and paragraphs. Every opening mark (“ or headline ‘) is followed by a tag [K].
A region ends at the matching closing mark or at the end of the paragraph (quote running on)."""
import json, re, glob, sys, collections
OPEN = {'“': '”', '‘': '’'}
def parse(path):
    arts = []
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('=== '):
            aid, style = [x.strip() for x in line[4:].split('|')]
            cur = {'id': aid, 'style': style, 'spk': {'N': None, 'U': None}, 'alias': {}, 'lines': []}
            arts.append(cur)
        elif line.startswith('@'):
            k, rest = line[1:].split(' ', 1)
            parts = [p.strip() for p in rest.split('||')]
            if parts[0] != '-':
                cur['spk'][k] = parts[0]
                cur['alias'][parts[0]] = parts[1:]
        elif line.startswith('Q:'):
            cur['seq'] = line[2:].split()
        elif line.strip():
            cur['lines'].append(line.strip())
    out = []
    for a in arts:
        text_lines, quotes = [], []
        for li, line in enumerate(a['lines']):
            s = ''
            i = 0
            while i < len(line):
                ch = line[i]
                if ch in OPEN and (ch == '“' or li == 0):
                    m = re.match(r'\[(\w)\]', line[i+1:])
                    if not m and a.get('seq'):
                        line = line[:i+1] + '[' + a['seq'].pop(0) + ']' + line[i+1:]
                        a['lines'][li] = line
                        m = re.match(r'\[(\w)\]', line[i+1:])
                    if not m:
                        sys.exit(f"{a['id']}: untagged open mark at: {line[i:i+40]}")
                    k = m.group(1)
                    j = line.find(OPEN[ch], i + 1 + m.end())
                    nxt = line.find(ch, i + 1 + m.end())
                    if nxt != -1 and (j == -1 or nxt < j):
                        sys.exit(f"{a['id']}: nested/unclosed at {line[i:i+50]}")
                    body = line[i+1+m.end(): (j if j != -1 else len(line))]
                    s += ch + body + (OPEN[ch] if j != -1 else '')
                    if k not in a['spk']:
                        sys.exit(f"{a['id']}: unknown tag {k}")
                    quotes.append({'quote': body.strip(), 'speaker': a['spk'][k],
                                   'kind': 'unmarked' if k == 'U' else 'direct'})
                    i = (j + 1) if j != -1 else len(line)
                else:
                    if ch in '”’' and not (ch == '’' and li != 0):
                        sys.exit(f"{a['id']}: stray close mark at {line[max(0,i-30):i+10]}")
                    s += ch; i += 1
            text_lines.append(s)
        if a.get('seq'):
            sys.exit(f"{a['id']}: leftover seq {a['seq']}")
        text = '\n'.join(text_lines)
        aliases = {k: v for k, v in a['alias'].items() if v}
        out.append({'id': a['id'], 'text': text, 'quotes': quotes, 'speaker_aliases': aliases, '_style': a['style']})
    return out

def regions(text):
    """Independent scan of quote-mark regions in plain text."""
    res = []
    for li, (off, line) in enumerate(lines_with_offsets(text)):
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == '“' or (ch == '‘' and li == 0):
                j = line.find(OPEN[ch], i + 1)
                end = j if j != -1 else len(line)
                res.append((off + i + 1, off + end))
                i = end + 1
            else:
                i += 1
    return res

def lines_with_offsets(text):
    off = 0
    for line in text.split('\n'):
        yield off, line
        off += len(line) + 1

def validate(recs):
    ok = True
    ids = collections.Counter(r['id'] for r in recs)
    for k, v in ids.items():
        if v > 1: print('DUP id', k); ok = False
    for r in recs:
        t = r['text']
        n = len(t.split())
        if not 450 <= n <= 900: print(r['id'], 'word count', n); ok = False
        # straight apostrophes only: no ’ outside headline quotes
        body = t.split('\n', 1)[1]
        if '‘' in body or '’' in body: print(r['id'], 'curly single in body'); ok = False
        if '"' in t: print(r['id'], 'straight double quote'); ok = False
        regs = regions(t)
        pos = 0; located = []
        for q in r['quotes']:
            # first occurrence not overlapping already located
            start = 0
            while True:
                p = t.find(q['quote'], start)
                if p == -1: break
                e = p + len(q['quote'])
                if all(e <= a or p >= b for a, b in located): break
                start = p + 1
            if p == -1: print(r['id'], 'NOT FOUND', q['quote'][:50]); ok = False; continue
            located.append((p, p + len(q['quote'])))
        # compare with regions (strip whitespace)
        exp = []
        for a, b in regs:
            seg = t[a:b]; a2 = a + (len(seg) - len(seg.lstrip())); b2 = b - (len(seg) - len(seg.rstrip()))
            exp.append((a2, b2))
        if located != exp:
            print(r['id'], 'REGION MISMATCH', len(located), len(exp)); ok = False
            for x, y in zip(located, exp):
                if x != y: print('   gold', repr(t[x[0]:x[1]][:60]), 'region', repr(t[y[0]:y[1]][:60])); break
        for spk, al in r['speaker_aliases'].items():
            for a in al:
                if not re.search(r'(?<!\w)' + re.escape(a) + r'(?!\w)', t):
                    print(r['id'], 'alias not in text', spk, '->', a); ok = False
        for q in r['quotes']:
            if q['speaker'] and q['kind'] == 'direct' and q['speaker'] not in r['speaker_aliases'] and q['speaker'] not in t:
                print(r['id'], 'speaker name not in text', q['speaker']); ok = False
    return ok

if __name__ == '__main__':
    recs = []
    for f in sorted(glob.glob('markup/*.txt')):
        recs += parse(f)
    ok = validate(recs)
    with open('quotes.jsonl', 'w', encoding='utf-8') as fh:
        for r in recs:
            d = {k: v for k, v in r.items() if not k.startswith('_')}
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for r in recs:
        s = stats[r['_style']]; s[0] += 1
        for q in r['quotes']:
            if q['kind'] == 'direct':
                s[1] += 1; s[2 if q['speaker'] else 3] += 1
            else: s[4] += 1
        s[5] += len(r['text'].split())
    tot = [0]*6
    for k, v in sorted(stats.items()):
        print(f'{k:14s} arts={v[0]} direct={v[1]} named={v[2]} null={v[3]} unmarked={v[4]} words={v[5]}')
        tot = [a+b for a, b in zip(tot, v)]
    print('TOTAL', tot, 'OK' if ok else 'FAIL')
    if '-v' in sys.argv:
        for r in recs:
            print('==', r['id'], len(r['text'].split()), 'words')
            for q in r['quotes']:
                print(f"   [{q['kind'][0]}] {str(q['speaker'])[:22]:22s} | {q['quote'][:70]}")
