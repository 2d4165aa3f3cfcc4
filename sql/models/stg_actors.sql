-- grain: one row per actor (registry or local).
-- definition: canonical name, kind and aliases; `origin` says whether the actor comes from a registry
-- file or was created for an unknown speaker.
with source as (
    select * from actors
),

final as (
    select
        actor_id,
        name as actor_name,
        kind as actor_kind,
        qid,
        aliases,
        role,
        affiliation,
        origin,
    from source
)

select * from final
