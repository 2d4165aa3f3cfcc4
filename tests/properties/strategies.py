"""Text strategies: any Unicode (lone surrogates included) and news-shaped text full of cues."""

from __future__ import annotations

from hypothesis import strategies as st

# Every code point, surrogates included: JSON escapes (\ud800) put them into Python strings.
any_char = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
any_text = st.text(any_char, max_size=400)

FRAGMENTS = (
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "‹", "›", "—", "–", ":", ";", ",", ".", "!",
    "?", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\ufeff", "said", "says",
    "told", "added", "according to", "warned", "denied", "he", "she", "they", "Ana Ruiz",
    "Mr Peskov", "the minister", "President Lee", "Dr. O'Neil-Smith", "Advertisement",
    "Read more", "Share this", "Sign up for our newsletter", "Sponsored", "© 2026", "Photo:",
    "By Jane Doe", "Recommended for you", "Comments", "I", "It is safe", "We will not", "a",
    "the", "budget", "football", "election", "123", "2026-11-27", "é", "ß", "中文", "العربية",
    "🙂", "\x00", "\x0b", "\u200b", "\ud800",
)  # fmt: skip
newsy_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=8)), max_size=120
).map("".join)
texts = st.one_of(any_text, newsy_text)

TAGS = (
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "li",
    "ul",
    "script",
    "style",
    "aside",
    "nav",
    "footer",
    "article",
    "section",
    "figure",
    "figcaption",
    "blockquote",
    "br",
    "table",
    "td",
)
ATTRS = ("", ' class="share"', ' class="ad"', ' id="taboola-below"', ' href="https://x.example/a"',
         ' class="article-body"', ' data-widget="outbrain"', ' style="x"')  # fmt: skip


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Return a (possibly malformed) HTML page of random tags, attributes and text."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(texts))
    head = draw(
        st.sampled_from(("", "<html><head><title>T</title></head><body>", "<!doctype html>"))
    )
    return head + "".join(parts)
