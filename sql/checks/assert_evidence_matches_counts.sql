-- No orphan quotes: every attributed quote counted in fct_quote_frequency has exactly one evidence row
-- whose span lies in a stored article, and every evidence row is counted.
with evidence as (
    select actor_id, outlet, day, count(*) as quotes
    from fct_quote_evidence
    group by actor_id, outlet, day
),

frequency as (
    select actor_id, outlet, day, quotes + indirect_quotes as quotes from fct_quote_frequency
)

select 'count differs' as problem, coalesce(frequency.actor_id, evidence.actor_id) as actor_id,
    coalesce(frequency.outlet, evidence.outlet) as outlet
from frequency
full outer join evidence using (actor_id, outlet, day)
where frequency.quotes is distinct from evidence.quotes
union all
select 'no article', fct_quote_evidence.actor_id, fct_quote_evidence.outlet
from fct_quote_evidence
left join articles on articles.doc_id = fct_quote_evidence.doc_id
where articles.doc_id is null or fct_quote_evidence.end_char > articles.n_chars
