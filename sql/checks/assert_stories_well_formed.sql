-- Every story member is a stored document, every story is named after one of its own members,
-- and story_size is the number of members.
select 'member not stored' as problem, doc_id
from story_members
where doc_id not in (select doc_id from documents)
union all
select 'story named after a non-member', doc_id
from story_members
where story_id not in (select doc_id from story_members where story_id = doc_id)
union all
select 'wrong story_size', doc_id
from story_members
qualify story_size <> count(*) over (partition by story_id)
