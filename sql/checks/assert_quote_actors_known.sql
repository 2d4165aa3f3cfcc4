-- Every quote's actor id is in the actors table.
select doc_id, quote_no, actor_id
from quotes
where actor_id is not null
    and actor_id not in (select actor_id from actors)
