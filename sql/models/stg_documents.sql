-- grain: one row per stored document (content hash).
-- definition: document metadata, with `day` = the UTC publication date, else the UTC ingest date.
with source as (
    select * from documents
),

final as (
    select
        doc_id,
        origin,
        source_kind,
        outlet,
        url,
        title,
        published_utc,
        ingested_at,
        coalesce(cast(published_utc as date), cast(ingested_at as date)) as day,
    from source
)

select * from final
