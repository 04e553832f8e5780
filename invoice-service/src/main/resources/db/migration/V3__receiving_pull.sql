-- Where the pull of the buyer platform's receiving transactions stands, one row per source. The watermark is the
-- newest updated-at seen by the last complete run; the next run lists updated-at > watermark - overlap, keyset by id.
-- lease_until keeps two replicas from pulling at once (the remote calls run outside any database transaction).
create table receiving_pull (
    source        varchar(32)   primary key,
    watermark     timestamptz,
    lease_until   timestamptz,
    last_run_at   timestamptz,
    last_listed   integer       not null default 0,
    last_recorded integer       not null default 0,
    last_error    varchar(1000)
);
insert into receiving_pull (source) values ('buyer-platform');
