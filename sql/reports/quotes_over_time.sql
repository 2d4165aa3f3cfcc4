-- Direct quotes per day for the most quoted actors of the selection.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (number of actors)
-- `not materialized`: read twice, DuckDB would copy the CTE whole (3x slower at 1M articles)
with selected as not materialized (
    select * from fct_quote_frequency
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
),

top_actors as (
    select actor_id
    from selected
    group by actor_id
    order by sum(quotes) desc, any_value(actor_name)
    limit $limit
)

select
    selected.day,
    any_value(selected.actor_name) as actor_name,
    sum(selected.quotes) as quotes,
from selected
where selected.actor_id in (select actor_id from top_actors)
group by selected.day, selected.actor_id
order by selected.day, actor_name
