-- grain: one row per extracted quote (direct or indirect).
-- definition: quote spans refer to articles.text; `words` counts the words quoted.
with source as (
    select * from quotes
),

final as (
    select
        doc_id,
        quote_no,
        start_char,
        end_char,
        text as quote_text,
        kind,
        speaker,
        speaker_surface,
        actor_id,
        cue,
        stance,
        paragraph,
        prominence,
        words,
        confidence,
    from source
)

select * from final
