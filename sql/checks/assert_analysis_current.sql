-- Every analysis row of an article was made by the same analyzer version as the article row itself,
-- so a re-analysis never leaves stale rows behind.
select 'quotes' as tbl, quotes.doc_id
from quotes
inner join articles on articles.doc_id = quotes.doc_id
where quotes.analyzer_version <> articles.analyzer_version
union all
select 'blocks', blocks.doc_id
from blocks
inner join articles on articles.doc_id = blocks.doc_id
where blocks.analyzer_version <> articles.analyzer_version
union all
select 'topic_scores', topic_scores.doc_id
from topic_scores
inner join articles on articles.doc_id = topic_scores.doc_id
where topic_scores.analyzer_version <> articles.analyzer_version
