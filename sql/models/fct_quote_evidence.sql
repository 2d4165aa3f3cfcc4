-- grain: one row per attributed quote.
-- definition: the evidence behind fct_quote_frequency: article, outlet, day and the exact quoted span.
with attributed as (
    select * from int_quotes_attributed
    where actor_id is not null
),

final as (
    select
        actor_id,
        actor_name,
        outlet,
        day,
        doc_id,
        title,
        quote_no,
        kind,
        start_char,
        end_char,
        quote_text,
        cue,
        stance,
        prominence,
        words,
    from attributed
)

select * from final
