-- grain: one row per analysed article.
-- definition: article metadata (outlet, day, title) joined to its parsed size.
with documents as (
    select * from stg_documents
),

articles as (
    select * from stg_articles
),

final as (
    select
        documents.doc_id,
        documents.outlet,
        documents.day,
        documents.url,
        coalesce(documents.title, articles.parsed_title) as title,
        articles.n_chars,
        articles.n_words,
        articles.analyzer_version,
    from articles
    inner join documents on documents.doc_id = articles.doc_id
)

select * from final
