-- grain: one row per actor x outlet x day (UTC publication date, else ingest date).
-- definition: `quotes` counts direct quotes, `indirect_quotes` indirect ones, `words_quoted` the words
-- of direct quotes; quotes with no resolved speaker are left out.
-- materialize: table order by day, outlet
with attributed as (
    select * from int_quotes_attributed
    where actor_id is not null
),

final as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        outlet,
        day,
        count(*) filter (where kind = 'direct') as quotes,
        count(*) filter (where kind = 'indirect') as indirect_quotes,
        coalesce(sum(words) filter (where kind = 'direct'), 0) as words_quoted,
    from attributed
    group by actor_id, outlet, day
)

select * from final
