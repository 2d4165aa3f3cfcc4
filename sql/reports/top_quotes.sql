-- Evidence: the longest direct quotes of the most quoted actors, with outlet, day and title.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (quotes per actor)
-- The $limit longest of an actor are among the $limit longest of each of its outlet-days
-- (`rank_in_cell`, the table's sort key), and without a date or outlet filter they are the actor's
-- $limit longest of all (`rank_in_actor`); the actor's direct quotes are counted from
-- fct_quote_frequency.
with selected as (
    select * from fct_quote_evidence
    where kind = 'direct'
        and rank_in_cell <= $limit
        and (rank_in_actor <= $limit or $since is not null or $until is not null
            or $outlet is not null)
        and ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
),

counted as (
    select actor_id, cast(sum(quotes) as bigint) as actor_quotes,
    from fct_quote_frequency
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
    group by actor_id
),

ranked as (
    select
        selected.*,
        counted.actor_quotes,
        row_number() over (partition by selected.actor_id order by selected.words desc,
            selected.doc_id, selected.quote_no) as rank_in_selection,
    from selected
    inner join counted on counted.actor_id = selected.actor_id
)

select actor_name, outlet, day, title, quote_text, cue, doc_id, start_char, end_char
from ranked
where rank_in_selection <= $limit
order by actor_quotes desc, actor_name, rank_in_selection
limit 60
