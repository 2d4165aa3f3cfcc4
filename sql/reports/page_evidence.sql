-- Evidence for the page charts: the articles with the most junk per outlet, with their junk and
-- ad/teaser shares, teasers, widget providers and the main editorial and ad/teaser topic.
-- params: $since, $until, $outlet (null = all), $limit (articles per outlet)
with selected as (
    select * from fct_article_junk
    where ($since is null or day >= cast($since as date))
        and ($until is null or day <= cast($until as date))
        and ($outlet is null or outlet = $outlet)
),

providers as (
    select doc_id, string_agg(distinct provider, ', ' order by provider) as providers,
    from stg_blocks
    where provider is not null
    group by doc_id
),

main_topic as (
    select doc_id, content_kind, arg_max(topic, share) as topic, max(share) as share,
    from fct_topic_mix
    group by doc_id, content_kind
),

ranked as (
    select
        selected.*,
        row_number() over (partition by selected.outlet order by selected.junk_share desc,
            selected.doc_id) as rank_in_outlet,
    from selected
)

select
    ranked.outlet,
    ranked.day,
    articles.title,
    ranked.doc_id,
    ranked.junk_share,
    ranked.ad_teaser_share,
    ranked.teasers,
    providers.providers,
    editorial.topic as editorial_topic,
    ad_teaser.topic as ad_teaser_topic,
from ranked
inner join int_articles as articles on articles.doc_id = ranked.doc_id
left join providers on providers.doc_id = ranked.doc_id
left join main_topic as editorial
    on editorial.doc_id = ranked.doc_id and editorial.content_kind = 'editorial'
left join main_topic as ad_teaser
    on ad_teaser.doc_id = ranked.doc_id and ad_teaser.content_kind = 'ad_teaser'
where ranked.rank_in_outlet <= $limit
order by ranked.outlet, ranked.rank_in_outlet
