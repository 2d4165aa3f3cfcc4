-- grain: one row per analysed article.
-- definition: parsed article text size and the analyzer version that produced its analysis rows.
with source as (
    select * from articles
),

final as (
    select
        doc_id,
        title as parsed_title,
        n_chars,
        n_words,
        analyzer_version,
        analyzed_at,
    from source
)

select * from final
