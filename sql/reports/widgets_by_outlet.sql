-- Ad/teaser blocks per article by block kind and widget provider, per outlet over the selection.
-- params: $since, $until, $outlet (null = all)
with articles as (
    select outlet, cast(sum(articles) as bigint) as articles,
    from int_articles_daily
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
    group by outlet
),

widgets as (
    select outlet, kind, provider, sum(blocks) as blocks, sum(articles_with) as articles_with,
    from fct_outlet_widgets
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
    group by outlet, kind, provider
)

select
    widgets.outlet,
    widgets.kind,
    widgets.provider,
    widgets.blocks,
    widgets.articles_with,
    widgets.blocks / articles.articles as blocks_per_article,
from widgets
inner join articles on articles.outlet = widgets.outlet
order by widgets.outlet, widgets.blocks desc, widgets.kind, widgets.provider
