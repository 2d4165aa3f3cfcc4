-- grain: one row per actor x outlet x day x stance.
-- definition: `quotes` = the actor's direct + indirect quotes with that stance (`direct_quotes`,
-- `indirect_quotes` apart); `share` = quotes / the actor's quotes of the outlet that day (sums to 1
-- per actor x outlet x day).
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
        stance,
        count(*) as quotes,
        count(*) filter (where kind = 'direct') as direct_quotes,
        count(*) filter (where kind = 'indirect') as indirect_quotes,
    from attributed
    group by actor_id, outlet, day, stance
),

final as (
    select
        *,
        quotes / sum(quotes) over (partition by actor_id, outlet, day) as share,
    from counted
)

select * from final
