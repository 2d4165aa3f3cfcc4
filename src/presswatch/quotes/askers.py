"""Askers: the 'by' agent of a passive 'asked' cue speaks the question quoted after it."""

from __future__ import annotations

import re

from presswatch.quotes.extents import subject_after
from presswatch.quotes.lexicon import alternation, lexicon

ASKED = lexicon().sets["asked_verbs"]
_BY = re.compile(r"\s+by\s+(?=\S)")
_ASK_TAIL = re.compile(rf"\s+(?:(?:{alternation('ask_tails')})\b|(?:on|over)\s+(?![A-Z]))")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+[^,;:\x00]*,")  # 'asked by Doe, a reporter, if'
# kept apart from acts._ASIDE: a clause on a person (who, whom) that stops at ';' and ':'
PERSON_ASIDE = re.compile(r",\s+(?:who|whom)\b[^,;:\x00]*,")  # 'asked by Doe, who backs Roe,'
_QUESTION_LEAD = re.compile(r"\s*(?:[,:]|\s(?:was|is))?\s*")  # 'asked by Doe was “…?”'
# 'She was', 'He had been': the passive auxiliary after the asked person's lead
PASSIVE_AUX = re.compile(
    rf"\s*\b(?:(?:(?:{alternation('perfect_auxiliaries')}) )?been"
    rf"|{alternation('passive_auxiliaries')})\s*$"
)
ASKED_OPENING = re.compile(r"[\s\x00]*(?:When\s+)?(Asked|Questioned|Pressed)(?=\s+by\s)")
_QUESTION_BEFORE = re.compile(r"\?[”\"]\s*(?:[a-z]+\s+)?$")  # '“…?” said a reporter'
_QUESTION_AFTER = re.compile(r"[^“\n]{0,30}“[^“”]{0,300}\?”")  # 'a reporter said, “…?”'


def asks_question(text: str, pos: int, end: int) -> bool:
    """Return whether the subject at pos..end asks a question ('A reporter asked', '“…?”')."""
    near = text[max(0, pos - 12) : pos].split()[-1:]
    near += text[end : end + 12].split()[:1]
    stances = lexicon().stance
    return (
        any(stances.get(w.strip(",.").lower()) == "question" for w in near)
        or _QUESTION_BEFORE.search(text, max(0, pos - 30), pos) is not None
        or _QUESTION_AFTER.match(text, end) is not None
    )


def asker(
    masked: str, m: re.Match[str], hi: int, question: bool
) -> tuple[int, int, int, int, str] | None:
    """Return the cue fields of the 'by' agent of the passive cue m before a quote, else None."""
    # 'Roe was asked by host Jo Doe whether … “…”', 'pressed by Doe on whether …': the asker's,
    # when the quote stands in the question itself (no comma, colon or new clause before it)
    verb = m.group(m.lastindex or 0)
    by = _BY.match(masked, m.end(), hi) if verb.lower() in ASKED else None
    subj = subject_after(masked, by.end(), hi) if by else None
    tail = _ASK_TAIL.search(masked, subj[0], hi) if subj else None
    # no question word: 'asked by Doe, who backs Roe, “Will it stay?”' (a question quote next)
    lead = _APPOSITIVE.sub(",", PERSON_ASIDE.sub(",", masked[subj[1] : hi])) if subj else ""
    if subj and tail is None and question and _QUESTION_LEAD.fullmatch(lead):
        return m.end() - len(verb), m.end(), subj[0], subj[1], verb.lower()
    if subj is None or tail is None or re.search(r"[,;:]", masked[tail.end() : hi]):
        return None
    between = masked[subj[1] : tail.start()]
    if tail.start() > subj[1] and between.strip() and not _APPOSITIVE.fullmatch(between.strip()):
        return None  # 'questioned by Doe for an hour and looked “…”': no question
    end = min(subj[1], tail.start())  # 'Asked by Doe if Roe “gets” it': Doe
    return m.end() - len(verb), m.end(), subj[0], end, verb.lower()
