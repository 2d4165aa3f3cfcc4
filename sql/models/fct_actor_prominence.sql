-- grain: one row per actor x outlet x day x prominence (headline | lede | body).
-- definition: `quotes` = the actor's direct + indirect quotes placed there, `words_quoted` their
-- words; `share` = quotes / the actor's quotes of the outlet that day (sums to 1 per actor x outlet x
-- day).
-- materialize: table order by day, outlet
with attributed as (
    select * from int_quotes_attributed
    where actor_id is not null
),

counted as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        outlet,
        day,
        prominence,
        count(*) as quotes,
        count(*) filter (where kind = 'direct') as direct_quotes,
        count(*) filter (where kind = 'indirect') as indirect_quotes,
        coalesce(sum(words), 0) as words_quoted,
    from attributed
    group by actor_id, outlet, day, prominence
),

final as (
    select
        *,
        quotes / sum(quotes) over (partition by actor_id, outlet, day) as share,
    from counted
)

select * from final
