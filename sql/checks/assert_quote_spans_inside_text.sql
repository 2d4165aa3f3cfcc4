-- A quote's span lies inside its article and the stored quote text is exactly that span.
select quotes.doc_id, quotes.quote_no, quotes.start_char, quotes.end_char
from quotes
inner join articles on articles.doc_id = quotes.doc_id
where quotes.start_char < 0
    or quotes.end_char > articles.n_chars
    or quotes.start_char >= quotes.end_char
    or substr(articles.text, quotes.start_char + 1, quotes.end_char - quotes.start_char) <> quotes.text
