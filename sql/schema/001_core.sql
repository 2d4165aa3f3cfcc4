-- Core tables: raw documents, parsed articles, analysis results, actors and the quarantine.
-- Every analysis row records the analyzer_version that produced it, so rule changes can re-analyse.

create table if not exists documents (
    doc_id varchar primary key,          -- sha256 of the raw bytes (content hash)
    origin varchar not null,             -- file path, path:line for JSONL records, or URL
    source_kind varchar not null,        -- txt | html | jsonl
    content blob not null,               -- the raw bytes, losslessly
    encoding varchar,                    -- how the bytes were decoded
    outlet varchar not null,
    url varchar,
    title varchar,
    published_utc timestamp,             -- publication time in UTC, when known
    ingested_at timestamp not null
);

create table if not exists articles (
    doc_id varchar primary key,
    text varchar not null,               -- the article text that all character spans refer to
    title varchar,
    n_chars integer not null,
    n_words integer not null,
    analyzer_version varchar not null,
    analyzed_at timestamp not null
);

create table if not exists blocks (
    doc_id varchar not null,
    block_no integer not null,
    start_char integer not null,         -- [start_char, end_char) in articles.text, 0-based code points
    end_char integer not null,
    kind varchar not null,               -- headline | body | teaser | ad | credit | navigation | ...
    content_group varchar not null,      -- editorial | ad_teaser | other
    provider varchar,                    -- recommendation-widget provider, when known
    analyzer_version varchar not null,
    primary key (doc_id, block_no)
);

create table if not exists quotes (
    doc_id varchar not null,
    quote_no integer not null,
    start_char integer not null,         -- the quoted words, marks excluded
    end_char integer not null,
    text varchar not null,
    kind varchar not null,               -- direct | indirect
    speaker varchar,                     -- speaker as resolved in the document
    speaker_surface varchar,             -- the words naming the speaker at the cue
    actor_id varchar,
    cue varchar,
    stance varchar not null,
    paragraph integer not null,
    prominence varchar not null,         -- headline | lede | body
    words integer not null,
    confidence double not null,
    analyzer_version varchar not null,
    primary key (doc_id, quote_no)
);

create table if not exists topic_scores (
    doc_id varchar not null,
    unit_no integer not null,            -- 0 = the article's editorial text; n = ad/teaser block n
    content_group varchar not null,      -- editorial | ad_teaser
    block_no integer,                    -- the ad/teaser block, null for the editorial unit
    n_chars integer not null,
    label varchar not null,              -- arg-max topic or 'unclassified'
    topic varchar not null,
    prob double not null,
    analyzer_version varchar not null,
    primary key (doc_id, unit_no, topic)
);

create table if not exists actors (
    actor_id varchar primary key,
    name varchar not null,
    kind varchar,                        -- person | organisation | group (a joint speaker)
    qid varchar,
    aliases varchar[],
    role varchar,
    affiliation varchar,
    origin varchar not null              -- registry | local
);

create table if not exists quarantine (
    origin varchar not null,
    reason varchar not null,
    detail varchar,
    content_hash varchar not null,       -- sha256 of the rejected bytes ('' when unreadable)
    content blob,
    quarantined_at timestamp not null,
    primary key (origin, content_hash, reason)
);
