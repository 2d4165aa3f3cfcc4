-- grain: one row per analysed article.
-- definition: characters and blocks by content group; `junk_share` = non-editorial characters / all
-- block characters, `ad_teaser_share` = ad/teaser/recommendation characters / all block characters.
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
    from blocks
    group by doc_id
),

final as (
    select
        articles.doc_id,
        articles.outlet,
        articles.day,
        per_article.chars_total,
        per_article.chars_editorial,
        per_article.chars_ad_teaser,
        per_article.blocks_total,
        per_article.blocks_junk,
        per_article.teasers,
        1 - per_article.chars_editorial / nullif(per_article.chars_total, 0) as junk_share,
        per_article.chars_ad_teaser / nullif(per_article.chars_total, 0) as ad_teaser_share,
    from per_article
    inner join articles on articles.doc_id = per_article.doc_id
)

select * from final
