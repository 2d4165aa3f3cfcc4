-- Direct and indirect quotes and words quoted per actor, most quoted first.
-- params: $since, $until, $outlet (null = all), $actor (id or name, null = all), $limit (number of actors)
select
    actor_id,
    any_value(actor_name) as actor_name,
    sum(quotes) as quotes,
    sum(indirect_quotes) as indirect_quotes,
    sum(words_quoted) as words_quoted,
from fct_quote_frequency
where ($since is null or day >= cast($since as date))
    and ($until is null or day <= cast($until as date))
    and ($outlet is null or outlet = $outlet)
    and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
group by actor_id
order by quotes desc, indirect_quotes desc, actor_name
limit $limit
