-- Evidence for the page charts: the articles with the most junk per outlet, with their junk and
-- ad/teaser shares, teasers, widget providers and the main editorial and ad/teaser topic.
-- params: $since, $until, $outlet (null = all), $limit (articles per outlet)
-- The top $limit of an outlet are among the top $limit of each of its days (`rank_in_outlet_day`,
-- the table's sort key): only those candidates are ranked again; without a date range they are
-- the outlet's top $limit of all time (`rank_in_outlet`).
with selected as (
    select * from fct_article_junk
    where rank_in_outlet_day <= $limit
        and (rank_in_outlet <= $limit or $since is not null or $until is not null)
        and ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
),

ranked as (
    select
        selected.*,
        row_number() over (partition by selected.outlet order by selected.junk_share desc,
            selected.doc_id) as rank_in_selection,
    from selected
)

select
    outlet,
    day,
    title,
    doc_id,
    junk_share,
    ad_teaser_share,
    teasers,
    providers,
    editorial_topic,
    ad_teaser_topic,
from ranked
where rank_in_selection <= $limit
order by outlet, rank_in_selection
