-- Share of voice and normalized attention per actor over the selection, most quoted first.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (actors)
with selected as (
    select * from int_quotes_daily
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
),

totals as (
    select
        cast(sum(quotes) as bigint) as all_quotes,
        cast(sum(quotes) filter (where actor_id is not null) as bigint) as attributed_quotes,
    from selected
),

per_actor as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        cast(sum(quotes) as bigint) as quotes,
        coalesce(sum(words), 0) as words_quoted,
    from selected
    where actor_id is not null
    group by actor_id
)

select
    per_actor.actor_id,
    per_actor.actor_name,
    per_actor.quotes,
    per_actor.words_quoted,
    per_actor.quotes / totals.attributed_quotes as share_of_voice,
    per_actor.quotes / totals.all_quotes as attention,
from per_actor, totals
where $actor is null or per_actor.actor_id = $actor or lower(per_actor.actor_name) = lower($actor)
order by per_actor.quotes desc, per_actor.actor_name
limit $limit
