-- Every bulk table's key is unique (they are not declared as primary keys: see
-- sql/schema/006_unkeyed_bulk_tables.sql). One row per duplicated key.
select 'documents' as tbl, doc_id, null::integer as part from documents
group by doc_id having count(*) > 1
union all
select 'articles', doc_id, null from articles group by doc_id having count(*) > 1
union all
select 'doc_meta', doc_id, null from doc_meta group by doc_id having count(*) > 1
union all
select 'story_members', doc_id, null from story_members group by doc_id having count(*) > 1
union all
select 'doc_sources', doc_id, null from doc_sources group by doc_id, source having count(*) > 1
union all
select 'blocks', doc_id, block_no from blocks group by doc_id, block_no having count(*) > 1
union all
select 'quotes', doc_id, quote_no from quotes group by doc_id, quote_no having count(*) > 1
union all
select 'topic_scores', doc_id, unit_no from topic_scores
group by doc_id, unit_no, topic having count(*) > 1
