-- grain: one row per stored document.
-- definition: the document's story (same canonical URL or near-duplicate text), language flag, wire agency, whether it is the latest version of its URL, and whether it is original reporting (the first member of a story with no wire copy).
with documents as (
    select * from stg_documents
),

meta as (
    select * from doc_meta
),

members as (
    select * from story_members
),

joined as (
    select
        documents.doc_id,
        documents.outlet,
        documents.day,
        documents.source_kind,
        documents.ingested_at,
        coalesce(documents.published_utc, documents.ingested_at) as first_time,
        meta.canonical_url,
        coalesce(meta.lang, 'und') as lang,
        coalesce(meta.analysed, true) as analysed,
        meta.wire_agency,
        meta.source,
        coalesce(members.story_id, documents.doc_id) as story_id,
        coalesce(members.story_size, 1) as story_size,
    from documents
    left join meta on meta.doc_id = documents.doc_id
    left join members on members.doc_id = documents.doc_id
),

final as (
    select
        * exclude (first_time),
        row_number() over (
            partition by coalesce(canonical_url, doc_id) order by ingested_at desc, doc_id
        ) = 1 as is_latest_version,
        bool_or(wire_agency is not null) over (partition by story_id) as story_is_wire,
        row_number() over (partition by story_id order by first_time, doc_id) = 1
            and not bool_or(wire_agency is not null) over (partition by story_id) as is_original,
    from joined
)

select * from final
