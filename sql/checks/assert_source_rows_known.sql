-- Source metadata belongs to stored documents, and text flagged as another language was not
-- analysed as English.
select 'doc_meta without document' as problem, doc_id
from doc_meta
where doc_id not in (select doc_id from documents)
union all
select 'doc_sources without document', doc_id
from doc_sources
where doc_id not in (select doc_id from documents)
union all
select 'other language analysed', doc_id
from doc_meta
where not analysed and doc_id in (select doc_id from articles)
