-- grain: one row per attributed quote (direct or indirect).
-- definition: the evidence behind every count of fct_quote_frequency, fct_share_of_voice,
-- fct_actor_stance and fct_actor_prominence: the article (doc_id, title, url), its outlet, day and
-- ISO week, and the exact quoted span (`start_char`, `end_char` in articles.text = `quote_text`);
-- `rank_in_cell` = the quote's rank by words (most first, then doc_id, quote_no) among the actor's
-- quotes of its kind in the outlet that day, `rank_in_actor` the same among all the actor's quotes
-- of its kind.
-- materialize: table order by kind, rank_in_cell, rank_in_actor
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
        cast(date_trunc('week', day) as date) as week,
        doc_id,
        title,
        url,
        quote_no,
        kind,
        start_char,
        end_char,
        quote_text,
        speaker_surface,
        cue,
        stance,
        prominence,
        paragraph,
        words,
        confidence,
        row_number() over (
            partition by actor_id, outlet, day, kind order by words desc, doc_id, quote_no
        ) as rank_in_cell,
        row_number() over (
            partition by actor_id, kind order by words desc, doc_id, quote_no
        ) as rank_in_actor,
    from attributed
)

select * from final
