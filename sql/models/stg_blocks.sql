-- grain: one row per block of an article (blocks tile the article text).
-- definition: `n_chars` is the block's length in characters; `content_group` is editorial, ad_teaser or other.
with source as (
    select * from blocks
),

final as (
    select
        doc_id,
        block_no,
        start_char,
        end_char,
        end_char - start_char as n_chars,
        kind,
        content_group,
        provider,
    from source
)

select * from final
