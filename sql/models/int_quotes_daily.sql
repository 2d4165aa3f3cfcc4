-- grain: one row per outlet x day x actor (actor_id, actor_name) of the quotes, unattributed ones included.
-- definition: `quotes` = all quotes, `direct_quotes` / `indirect_quotes` by kind, `words` = words
-- quoted (null when no quote counts words); `actor_name` is the canonical name, or the speaker as
-- written when no actor was resolved (`actor_id` null). The pre-aggregate of int_quotes_attributed
-- that the summary and share-of-voice reports sum instead of scanning every quote.
-- materialize: table order by day, outlet
with quotes as (
    select * from int_quotes_attributed
),

final as (
    select
        outlet,
        day,
        actor_id,
        actor_name,
        count(*) as quotes,
        count(*) filter (where kind = 'direct') as direct_quotes,
        count(*) filter (where kind = 'indirect') as indirect_quotes,
        sum(words) as words,
    from quotes
    group by outlet, day, actor_id, actor_name
)

select * from final
