-- Share of voice and normalized attention per actor over the selection, most quoted first.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (actors)
with selected as (
    select * from int_quotes_attributed
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
),

totals as (
    select
        count(*) as all_quotes,
        count(*) filter (where actor_id is not null) as attributed_quotes,
    from selected
),

per_actor as (
    select
        actor_id,
        any_value(actor_name) as actor_name,
        count(*) as quotes,
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
