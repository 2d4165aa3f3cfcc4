-- Every analysis row belongs to an analysed article, and every article to a stored document.
select 'quotes' as tbl, doc_id from quotes where doc_id not in (select doc_id from articles)
union all
select 'blocks', doc_id from blocks where doc_id not in (select doc_id from articles)
union all
select 'topic_scores', doc_id from topic_scores where doc_id not in (select doc_id from articles)
union all
select 'articles', doc_id from articles where doc_id not in (select doc_id from documents)
