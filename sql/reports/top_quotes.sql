-- Evidence: the longest direct quotes of the most quoted actors, with outlet, day and title.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (quotes per actor)
with selected as (
    select * from fct_quote_evidence
    where kind = 'direct'
        and ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
),

ranked as (
    select
        *,
        count(*) over (partition by actor_id) as actor_quotes,
        row_number() over (partition by actor_id order by words desc, doc_id, quote_no) as rank_in_actor,
    from selected
)

select actor_name, outlet, day, title, quote_text, cue, doc_id, start_char, end_char
from ranked
where rank_in_actor <= $limit
order by actor_quotes desc, actor_name, rank_in_actor
limit 60
