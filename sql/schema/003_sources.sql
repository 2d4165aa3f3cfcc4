-- Sources: document metadata (canonical URL, language, wire agency, MinHash signature), which source
-- saw which document, the HTTP fetch log with cache validators, raw feed bodies, stories and the
-- coverage ledger of failures and quarantines.

create table if not exists doc_meta (
    doc_id varchar primary key,
    canonical_url varchar,               -- scheme/host lower-cased, no fragment, no tracking params
    domain varchar,                      -- registered domain of the URL
    author varchar,
    lang varchar not null,               -- ISO 639-1 code, 'und' when too short to tell
    lang_share double not null,          -- share of the words that are the language's stopwords
    analysed boolean not null,           -- false: stored and flagged, not analysed as English
    wire_agency varchar,                 -- AP | Reuters | AFP | ... when the text carries a tagline
    text_hash varchar not null,          -- sha256 of the text's words (case and punctuation blind)
    minhash blob,                        -- MinHash signature (uint32 values), null for short texts
    source varchar not null              -- the source that first yielded it
);

create table if not exists doc_sources (
    doc_id varchar not null,
    source varchar not null,             -- the configured path or URL
    origin varchar not null,
    first_seen timestamp not null,
    primary key (doc_id, source)
);

create table if not exists fetch_log (
    fetched_at timestamp not null,
    source varchar not null,
    url varchar not null,
    kind varchar not null,               -- feed | page
    final_url varchar,                   -- after redirects
    status integer,                      -- HTTP status; null when no response arrived
    outcome varchar not null,            -- fetched | not_modified | unchanged | failed
    error varchar,
    etag varchar,
    last_modified varchar,
    content_hash varchar,
    n_bytes integer not null,
    elapsed_ms integer not null
);

create table if not exists http_cache (
    url varchar primary key,             -- as requested
    kind varchar,                        -- feed | page
    etag varchar,
    last_modified varchar,
    content_hash varchar,
    status integer,
    fetched_at timestamp not null
);

create table if not exists raw_responses (
    content_hash varchar primary key,    -- feed bodies as received (article pages are documents)
    url varchar not null,
    content blob not null,
    fetched_at timestamp not null
);

create table if not exists story_members (
    doc_id varchar primary key,
    story_id varchar not null,           -- doc_id of the story's earliest member
    story_size integer not null,
    clustered_at timestamp not null
);

create table if not exists coverage_events (
    recorded_at timestamp not null,
    source varchar not null,
    day date not null,                   -- the UTC day of the run
    outcome varchar not null,            -- failed (fetch) | quarantined (bad input)
    origin varchar not null,
    reason varchar not null,
    detail varchar
);
