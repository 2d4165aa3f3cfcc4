"""Speakers of single-marked headline quotes from the body quote that repeats their words."""

from __future__ import annotations

import re

from presswatch.quotes.agents import known_person
from presswatch.quotes.inherit import Item
from presswatch.quotes.lexicon import alternation, lexicon
from presswatch.quotes.marks import Span, find_spans
from presswatch.quotes.speakers import DocSpeakers
from presswatch.quotes.words import DETERMINERS

_SETS = lexicon().sets
_WORD = re.compile(r"[\w’'-]+")
_SMALL = _SETS["small"]
_ENDINGS = alternation("echo_endings")  # one ending at most fits before (?!\w)
_MENTION = re.compile(rf"(?<![\w-])(?:{alternation('echo_mentions')})(?![\w-])", re.IGNORECASE)
# he/she/they … give the words to someone else; 'we', 'it' are the body speaker's own
_OWN = _SETS["echo_own_pronouns"]
_OTHERS = frozenset(
    p for p, kind in lexicon().pronouns.items() if kind in ("person", "group") and p not in _OWN
)
_HEAD_CUES = _SETS["echo_headline_cues"]
_CLAUSE_ENDS = ".!?;:,"
_ARTICLES = _SETS["articles"] & _SMALL  # 'the', 'a', 'an'; not 'one' (‘One Way or Another’)
_NAME = re.compile(r"(?:the )?[A-Z][\w.-]*(?: (?:[A-Z][\w.-]*|[a-z]{1,3}))*")
# a headline quote kept only for its echo is less sure than one its own cue attributes
_ECHO_CONFIDENCE = 0.6


def _echo(quote: str) -> re.Pattern[str] | None:
    """Return the pattern of a headline quote's words in a body quote, None for too few letters."""
    words = re.findall(r"\w+", quote.lower())
    if sum(len(w) for w in words) < 4:
        return None
    body = r"\W+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?:{_ENDINGS})?(?!\w)", re.IGNORECASE)


def _cued(words: str) -> bool:
    """Return whether words hold a cue verb of the lexicon (or a headline verb of blame)."""
    low = words.lower()
    for m in lexicon().verb_re.finditer(low):
        subject = re.findall(r"\w+", low[: m.start()])[-1:]
        # 'you tell them we …', 'I said that I …': the speaker's own words go on
        if m.group() not in _SETS["echo_finding_cues"] and not _OWN.intersection(subject):
            return True
    return bool(_HEAD_CUES.intersection(_WORD.findall(low)))


def _speech(quote: str, pattern: re.Pattern[str]) -> str:
    """Return how a body quote uses the words: 'speech', 'mention' ('Sorry is …') or ''."""
    use = ""
    for m in pattern.finditer(quote):
        cut = max(quote.rfind(c, 0, m.start()) for c in _CLAUSE_ENDS) + 1
        clause = quote[cut : m.start()]
        words = re.findall(r"\w+", clause.lower())
        if _OTHERS.intersection(words) or _cued(clause):
            continue  # 'He says he …', 'Brevik insists it is …': someone else's words
        after = _WORD.findall(quote[m.end() : m.end() + 12])
        if _MENTION.search(clause) or (
            after
            and after[0].lower() in _SETS["echo_copulas"]
            and all(w in DETERMINERS for w in words)
        ):
            use = "mention"  # 'her so-called …', the subject of 'is': 'Sorry is not enough'
            continue
        caps = [w for w in m.group().split() if w.lower() not in _SMALL]
        if not all(w[:1].isupper() for w in caps):
            return "speech"
        # 'we loved “The Harbour Years”', 'in Benghazi': capitals the body keeps, a name;
        # one capitalised word opening a sentence is speech ('“Tripled,” she said')
        if len(caps) == 1 and quote[: m.start()].rstrip()[-1:] in ("", ".", "!", "?"):
            return "speech"
    return use


def _unresolved(text: str, doc: DocSpeakers, it: Item) -> bool:
    """Return whether a headline item has no speaker, or only its own description's words."""
    if it.speaker is None:
        return True
    if it.surface is None or it.speaker.lower() != text[it.surface[0] : it.surface[1]].lower():
        return False
    if it.speaker.split()[-1].lower() in lexicon().titles:
        return False  # 'London's new mayor' is a person, whoever the body quotes
    return not known_person(doc, it.speaker)  # 'Housing report'; not 'Roe'


def _own_subject(text: str, lo: int, hi: int, singles: list[Span]) -> set[str] | None:
    """Return the headline's words outside its quotes if a cue or name label gives a speaker."""
    cuts = [lo, *(x for s in singles for x in (s.open_at, s.close_at)), hi]
    rest = " ".join(text[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    colon = text.find(":", lo, singles[0].open_at)
    label = text[lo:colon].strip() if colon > 0 else ""
    name = _NAME.fullmatch(label) is not None
    if name and label.split()[0].lower() in _SETS["articles"] | lexicon().titles:
        name = False  # 'The last clockmaker on the coast:', 'Minister:': a description
    if not (name or _cued(rest)):
        return None
    return {w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(rest)}


def _not_speech(text: str, s: Span, lo: int, hi: int) -> bool:
    """Return whether a headline span is a mention or a title ('so-called ‘…’', 'Film ‘…’')."""
    if _MENTION.search(text, max(lo, s.open_at - 25), s.open_at):  # 'dub plan a ‘…’'
        return True
    words = text[s.start : s.end].split()
    if not all(w[:1].isupper() for w in words if w.lower() not in _SMALL):
        return False
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        return True  # '‘The Harbour Years’'
    near = _WORD.findall(text[max(lo, s.open_at - 20) : s.open_at])[-1:] + words[:1]
    near += _WORD.findall(text[s.close_at : min(hi, s.close_at + 20)])[:1]
    return any(w.lower() in _SETS["echo_title_nouns"] for w in near)


def _named(doc: DocSpeakers, it: Item, hi: int) -> bool:
    """Return whether a body quote's speaker is a name found outside the headline."""
    if it.speaker is None or it.surface is None or it.surface[0] < hi:
        return False
    if not _NAME.fullmatch(it.speaker):
        return False  # 'The team', 'villagers'
    caps = [w for w in it.speaker.split() if w[:1].isupper()]
    return len(caps) > 1 or known_person(doc, it.speaker)


def echo_speakers(text: str, doc: DocSpeakers, items: list[Item], lo: int, hi: int) -> None:
    """Give headline quotes in single marks the one named body speaker repeating their words."""
    if text[lo:hi].rstrip().rstrip("’”'\"").endswith("."):
        return  # a first paragraph that is a sentence, no headline
    singles = [s for s in find_spans(text, lo, hi, True) if s.single]
    if not singles:
        return
    body = [it for it in items if it.para and it.kind == "direct" and _named(doc, it, hi)]
    quoted = [text[it.start : it.end] for it in body]
    heads = [it for it in items if it.para == 0]
    own = _own_subject(text, lo, hi, singles)
    for s in singles:
        pattern = _echo(text[s.start : s.end])
        if pattern is None or _not_speech(text, s, lo, hi):
            continue
        uses = [(b, _speech(q, pattern)) for b, q in zip(body, quoted, strict=True)]
        if len({b.speaker for b, use in uses if use}) != 1:
            continue  # no one, or two speakers use the words (a mention counts)
        source = next((b for b, use in uses if use == "speech"), None)
        if source is None:
            continue
        last = str(source.speaker).split()[-1].lower()
        if own is not None and last not in own:
            continue  # the headline's own speaker ('Ruiz slams …'): an echo only confirms it
        it = next((h for h in heads if h.start < s.end and s.start < h.end), None)
        if it is None:  # a title-case span taken for a title, or too short to keep unattributed
            conf = min(source.confidence, _ECHO_CONFIDENCE)
            items.append(Item(s.start, s.end, "direct", 0, None, None, None, conf, "echo"))
            it = items[-1]
        elif own is not None or it.kind != "direct" or it.start != s.start:
            continue  # a cue in the headline gave this quote its speaker
        elif not _unresolved(text, doc, it):
            continue
        it.speaker, it.surface, it.rule = source.speaker, source.surface, "echo"
