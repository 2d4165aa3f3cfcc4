-- Stance mix of the most quoted actors over the selection: quotes per stance and their share of the
-- actor's quotes (direct and indirect together).
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (actors)
-- `not materialized`: read twice, DuckDB would copy the CTE whole (3x slower at 1M articles)
with selected as not materialized (
    select * from fct_actor_stance
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
),

top_actors as (
    select actor_id, sum(quotes) as actor_quotes,
    from selected
    group by actor_id
    order by actor_quotes desc, any_value(actor_name)
    limit $limit
)

select
    selected.actor_id,
    any_value(selected.actor_name) as actor_name,
    selected.stance,
    sum(selected.quotes) as quotes,
    sum(selected.quotes) / any_value(top_actors.actor_quotes) as share,
    any_value(top_actors.actor_quotes) as actor_quotes,
from selected
inner join top_actors on top_actors.actor_id = selected.actor_id
group by selected.actor_id, selected.stance
order by actor_quotes desc, actor_name, quotes desc, stance
