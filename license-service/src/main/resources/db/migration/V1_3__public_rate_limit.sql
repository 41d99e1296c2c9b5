-- The public query's rate limit, shared by every replica of license-service: one row per client key (the client
-- address) with the fixed window it last counted in and the requests counted there. A request upserts its row in one
-- statement (a new window starts again at 1), so replicas never count apart; rows whose window is over are deleted
-- periodically. No index on window_start: every upsert moves it, and the periodic delete scans a table holding one row
-- per client active in the last window.
create table public_rate_window (
    client_key    varchar(100)  primary key,
    window_start  timestamptz   not null,
    requests      integer       not null check (requests > 0)
);
