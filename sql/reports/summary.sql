-- The headline numbers of the report for the selection.
-- params: $since, $until (dates or null), $outlet (name or null), $actor (quotes of this actor id or
-- name only; null = all)
with articles as (
    select * from int_articles_daily
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
),

quotes as (
    select * from int_quotes_daily
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
        and ($actor is null or actor_id = $actor or lower(actor_name) = lower($actor))
)

select
    (select count(*) from documents) as documents,
    (select coalesce(cast(sum(articles) as bigint), 0) from articles) as articles,
    (select count(distinct outlet) from articles) as outlets,
    (select min(day) from articles) as first_day,
    (select max(day) from articles) as last_day,
    (select coalesce(cast(sum(direct_quotes) as bigint), 0) from quotes) as direct_quotes,
    (select coalesce(cast(sum(indirect_quotes) as bigint), 0) from quotes) as indirect_quotes,
    (select count(distinct actor_id) from quotes) as actors_quoted,
    (select count(*) from quarantine) as quarantined
