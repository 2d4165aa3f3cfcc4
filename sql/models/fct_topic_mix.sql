-- grain: one row per article x content kind (editorial | ad_teaser) x topic.
-- definition: `share` is the probability-weighted share of the content kind's characters on the topic:
-- sum(unit chars x prob) / sum(unit chars); units labelled 'unclassified' put all their characters on
-- topic 'unclassified'. Shares of an article's content kind sum to 1.
-- materialize: table
with scores as (
    select * from stg_topic_scores
),

articles as (
    select * from int_articles
),

weighted as (
    select doc_id, content_group, topic, n_chars * prob as weight,
    from scores
    where label <> 'unclassified'
    union all
    -- an unclassified unit has one row per topic: spread its characters evenly so they sum to
    -- n_chars (the window runs over unclassified rows only: it is the costly part of the build)
    select
        doc_id,
        content_group,
        'unclassified' as topic,
        n_chars / count(*) over (partition by doc_id, unit_no) as weight,
    from scores
    where label = 'unclassified'
),

summed as (
    select
        doc_id,
        content_group,
        topic,
        sum(weight) as weight,
    from weighted
    group by doc_id, content_group, topic
),

final as (
    select
        summed.doc_id,
        articles.outlet,
        articles.day,
        summed.content_group as content_kind,
        summed.topic,
        summed.weight as weighted_chars,
        summed.weight / sum(summed.weight) over (partition by summed.doc_id, summed.content_group)
            as share,
    from summed
    inner join articles on articles.doc_id = summed.doc_id
    where summed.weight > 0
)

select * from final
