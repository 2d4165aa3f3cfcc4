-- grain: one row per actor x outlet x day.
-- definition: `quotes` = the actor's direct + indirect quotes; `share_of_voice` = quotes / all
-- attributed quotes of the outlet that day (sums to 1 per outlet x day); `attention` = quotes / all
-- quotes of the outlet that day, unattributed ones included (normalized attention).
-- materialize: table order by day, outlet
with daily as (
    select * from int_quotes_daily
),

outlet_day as (
    select
        outlet,
        day,
        cast(sum(quotes) as bigint) as outlet_quotes,
        cast(coalesce(sum(quotes) filter (where actor_id is not null), 0) as bigint)
            as outlet_attributed_quotes,
    from daily
    group by outlet, day
),

per_actor as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        outlet,
        day,
        cast(sum(quotes) as bigint) as quotes,
        cast(sum(direct_quotes) as bigint) as direct_quotes,
        cast(sum(indirect_quotes) as bigint) as indirect_quotes,
        coalesce(sum(words), 0) as words_quoted,
    from daily
    where actor_id is not null
    group by actor_id, outlet, day
),

final as (
    select
        per_actor.*,
        outlet_day.outlet_attributed_quotes,
        outlet_day.outlet_quotes,
        per_actor.quotes / outlet_day.outlet_attributed_quotes as share_of_voice,
        per_actor.quotes / outlet_day.outlet_quotes as attention,
    from per_actor
    inner join outlet_day on outlet_day.outlet = per_actor.outlet and outlet_day.day = per_actor.day
)

select * from final
