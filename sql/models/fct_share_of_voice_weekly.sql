-- grain: one row per actor x outlet x ISO week (`week` = the Monday the week starts on).
-- definition: the weekly sums of fct_share_of_voice: `share_of_voice` = the actor's quotes / all
-- attributed quotes of the outlet that week (sums to 1 per outlet x week); `attention` = the actor's
-- quotes / all quotes of the outlet that week; `words_quoted` = words of direct and indirect quotes.
-- materialize: table order by week, outlet
with daily as (
    select * from fct_share_of_voice
),

outlet_week as (
    select
        outlet,
        cast(date_trunc('week', day) as date) as week,
        sum(outlet_quotes) as outlet_quotes,
        sum(outlet_attributed_quotes) as outlet_attributed_quotes,
    from (select distinct outlet, day, outlet_quotes, outlet_attributed_quotes from daily)
    group by all
),

per_actor as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        outlet,
        cast(date_trunc('week', day) as date) as week,
        sum(quotes) as quotes,
        sum(direct_quotes) as direct_quotes,
        sum(indirect_quotes) as indirect_quotes,
        sum(words_quoted) as words_quoted,
    from daily
    group by actor_id, outlet, week
),

final as (
    select
        per_actor.*,
        outlet_week.outlet_attributed_quotes,
        outlet_week.outlet_quotes,
        per_actor.quotes / outlet_week.outlet_attributed_quotes as share_of_voice,
        per_actor.quotes / outlet_week.outlet_quotes as attention,
    from per_actor
    inner join outlet_week
        on outlet_week.outlet = per_actor.outlet and outlet_week.week = per_actor.week
)

select * from final
