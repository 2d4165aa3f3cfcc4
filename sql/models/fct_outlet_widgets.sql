-- grain: one row per outlet x day x ad/teaser block kind (teaser, recommendation, ...) x provider.
-- definition: `blocks` = the ad/teaser blocks of that kind and provider (`provider` = blocks.provider,
-- 'unknown' when not recognised) in the outlet's articles that day, `articles_with` = articles carrying
-- at least one, `blocks_per_article` = blocks / all the outlet's articles that day, `chars` = their
-- characters.
-- materialize: table order by day, outlet
with blocks as (
    select * from stg_blocks
    where content_group = 'ad_teaser'
),

articles as (
    select * from int_articles
),

outlet_day as (
    select outlet, day, count(*) as articles,
    from articles
    group by outlet, day
),

counted as (
    select
        articles.outlet,
        articles.day,
        blocks.kind,
        coalesce(blocks.provider, 'unknown') as provider,
        count(*) as blocks,
        count(distinct blocks.doc_id) as articles_with,
        sum(blocks.n_chars) as chars,
    from blocks
    inner join articles on articles.doc_id = blocks.doc_id
    group by articles.outlet, articles.day, blocks.kind, coalesce(blocks.provider, 'unknown')
),

final as (
    select
        counted.*,
        counted.blocks / outlet_day.articles as blocks_per_article,
    from counted
    inner join outlet_day on outlet_day.outlet = counted.outlet and outlet_day.day = counted.day
)

select * from final
