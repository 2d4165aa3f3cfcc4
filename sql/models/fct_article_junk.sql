-- grain: one row per analysed article.
-- definition: characters and blocks by content group; `junk_share` = non-editorial characters / all
-- block characters, `ad_teaser_share` = ad/teaser/recommendation characters / all block characters;
-- `providers` = the widget providers on the page, `editorial_topic` / `ad_teaser_topic` = the topic
-- with the largest share of that content kind in fct_topic_mix; `rank_in_outlet_day` = the article's
-- rank by junk share (largest first, then doc_id) among the outlet's articles that day,
-- `rank_in_outlet` the same among all the outlet's articles.
-- materialize: table order by rank_in_outlet_day, day, outlet
with blocks as (
    select * from stg_blocks
),

articles as (
    select * from int_articles
),

per_article as (
    select
        doc_id,
        sum(n_chars) as chars_total,
        coalesce(sum(n_chars) filter (where content_group = 'editorial'), 0) as chars_editorial,
        coalesce(sum(n_chars) filter (where content_group = 'ad_teaser'), 0) as chars_ad_teaser,
        count(*) as blocks_total,
        count(*) filter (where content_group <> 'editorial') as blocks_junk,
        count(*) filter (where kind = 'teaser') as teasers,
        string_agg(distinct provider, ', ' order by provider) as providers,
    from blocks
    group by doc_id
),

main_topic as (
    select
        doc_id,
        arg_max(topic, share) filter (where content_kind = 'editorial') as editorial_topic,
        arg_max(topic, share) filter (where content_kind = 'ad_teaser') as ad_teaser_topic,
    from fct_topic_mix
    group by doc_id
),

final as (
    select
        articles.doc_id,
        articles.outlet,
        articles.day,
        articles.title,
        per_article.chars_total,
        per_article.chars_editorial,
        per_article.chars_ad_teaser,
        per_article.blocks_total,
        per_article.blocks_junk,
        per_article.teasers,
        1 - per_article.chars_editorial / nullif(per_article.chars_total, 0) as junk_share,
        per_article.chars_ad_teaser / nullif(per_article.chars_total, 0) as ad_teaser_share,
        per_article.providers,
        main_topic.editorial_topic,
        main_topic.ad_teaser_topic,
        row_number() over (
            partition by articles.outlet, articles.day
            order by 1 - per_article.chars_editorial / nullif(per_article.chars_total, 0) desc,
                articles.doc_id
        ) as rank_in_outlet_day,
        row_number() over (
            partition by articles.outlet
            order by 1 - per_article.chars_editorial / nullif(per_article.chars_total, 0) desc,
                articles.doc_id
        ) as rank_in_outlet,
    from per_article
    inner join articles on articles.doc_id = per_article.doc_id
    left join main_topic on main_topic.doc_id = per_article.doc_id
)

select * from final
