-- grain: one row per outlet x day with analysed articles.
-- definition: `articles` = the analysed articles of the outlet that day (int_articles counted); the
-- pre-aggregate that report queries count articles from instead of scanning every article.
-- materialize: table order by day, outlet
with articles as (
    select * from int_articles
),

final as (
    select
        outlet,
        day,
        count(*) as articles,
    from articles
    group by outlet, day
)

select * from final
