-- grain: one row per outlet x day.
-- definition: character-weighted junk and ad/teaser shares of the outlet's articles that day, and
-- the mean number of teasers per article.
-- materialize: table order by day, outlet
with article_junk as (
    select * from fct_article_junk
),

final as (
    select
        outlet,
        day,
        count(*) as articles,
        sum(chars_total - chars_editorial) / nullif(sum(chars_total), 0) as junk_share,
        sum(chars_ad_teaser) / nullif(sum(chars_total), 0) as ad_teaser_share,
        avg(teasers) as teasers_per_article,
    from article_junk
    group by outlet, day
)

select * from final
