-- grain: one row per quote.
-- definition: each quote with its article's outlet and day and its actor's canonical name
-- (the speaker as written when no actor was resolved).
with quotes as (
    select * from stg_quotes
),

articles as (
    select * from int_articles
),

actors as (
    select * from stg_actors
),

final as (
    select
        quotes.*,
        articles.outlet,
        articles.day,
        articles.title,
        articles.url,
        coalesce(actors.actor_name, quotes.speaker) as actor_name,
    from quotes
    inner join articles on articles.doc_id = quotes.doc_id
    left join actors on actors.actor_id = quotes.actor_id
)

select * from final
