-- grain: one row per topic unit (an article's editorial text, or one ad/teaser block) per IPTC topic.
-- definition: `prob` is the classifier's probability; `label` the unit's arg-max topic or 'unclassified'.
with source as (
    select * from topic_scores
),

final as (
    select
        doc_id,
        unit_no,
        content_group,
        block_no,
        n_chars,
        label,
        topic,
        prob,
    from source
)

select * from final
