-- Events every service publishes (shipped in town-reform-common; docs/events.md): the transactional outbox, webhook
-- subscriptions, their deliveries and the delivery log. V1_5 so that it comes after every service's migrations so far
-- (a database migrated before keeps its order); services' next migrations are V1_6 and on.

-- One row per audited state change, written in the change's own transaction. Its place in the feed is
-- (tx_id, id): tx_id is the writing transaction's id, and the feed reads only the events of transactions older than
-- the oldest one still open (pg_snapshot_xmin), so an event that commits late is never passed over.
create table event_outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    tx_id        xid8         not null default pg_current_xact_id(),
    type         varchar(120) not null,
    subject      varchar(200) not null,
    town_code    varchar(9),
    occurred_at  timestamptz  not null,
    data         jsonb        not null
);
create index event_outbox_feed on event_outbox (tx_id, id);
create index event_outbox_town on event_outbox (town_code, tx_id, id);

create function event_outbox_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'event_outbox is append-only' using errcode = '42501';
end;
$$;
create trigger event_outbox_no_update before update or delete on event_outbox
    for each row execute function event_outbox_append_only();

-- A county-wide caller's webhook: where to send which events. Two secrets are valid while one is rotated out.
create table webhook_subscription (
    id                     bigint generated always as identity primary key,
    url                    varchar(2000) not null,
    event_types            varchar(4000) not null default '',  -- comma-separated; empty: every type
    town_codes             varchar(4000) not null default '',  -- comma-separated; empty: every town
    description            varchar(500),
    secret                 varchar(100)  not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    status                 varchar(20)   not null default 'ACTIVE',
    paused_reason          varchar(1000),
    paused_at              timestamptz,
    created_by             varchar(200)  not null,
    created_at             timestamptz   not null,
    version                bigint        not null default 0,
    constraint webhook_subscription_status check (status in ('ACTIVE', 'PAUSED'))
);

-- One event for one subscription, from the event's commit until delivered or given up. A replica claims due rows with
-- FOR UPDATE SKIP LOCKED and leases them (lease_until) while it sends, so no two send the same one at the same time,
-- and a row whose sender died is sent again when the lease runs out.
create table webhook_delivery (
    id               bigint generated always as identity primary key,
    subscription_id  bigint      not null references webhook_subscription (id) on delete cascade,
    event_row        bigint      not null references event_outbox (id),
    status           varchar(20) not null default 'PENDING',
    attempts         integer     not null default 0,
    created_at       timestamptz not null default now(),
    retry_since      timestamptz,  -- the first attempt of the current round (a redelivery starts a new one)
    next_attempt_at  timestamptz not null default now(),
    lease_until      timestamptz,
    last_status      integer,
    last_error       varchar(1000),
    delivered_at     timestamptz,
    constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    unique (subscription_id, event_row)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';

create table webhook_attempt (
    id              bigint generated always as identity primary key,
    delivery_id     bigint      not null references webhook_delivery (id) on delete cascade,
    attempt         integer     not null,
    attempted_at    timestamptz not null,
    http_status     integer,
    latency_ms      integer     not null,
    error           varchar(1000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);

-- Each new event gets a delivery for every subscription that wants it, in the same transaction: an event committed is
-- an event owed to its subscribers, whatever happens to the process afterwards. A paused subscription's deliveries wait
-- and go out when it is resumed.
create function event_outbox_fan_out() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (subscription_id, event_row)
    select s.id, new.id from webhook_subscription s
     where (s.event_types = '' or new.type = any (string_to_array(s.event_types, ',')))
       and (s.town_codes = '' or new.town_code = any (string_to_array(s.town_codes, ',')));
    return null;
end;
$$;
create trigger event_outbox_fan_out after insert on event_outbox
    for each row execute function event_outbox_fan_out();

-- A copy of personnel-service's public registry of towns, kept by reading its changes
-- (GET /api/v1/public/towns/changes) where townreform.town-registry.follow=true (fiscal-service, license-service;
-- org.townreform.common.towns.TownFeedFollower): each town's code and its name after its last change read. A town is
-- never removed (personnel-service never deletes one). Empty where the service does not follow.
create table town_copy (
    code        varchar(9)   primary key,
    name        varchar(100) not null,
    updated_at  timestamptz
);

-- Where a reader of another service's feed stands: the cursor to ask after next, written in the same transaction as
-- what was read up to it, and when the feed was last read to its end (null: never yet).
create table feed_position (
    feed          varchar(100) primary key,
    cursor        varchar(200),
    caught_up_at  timestamptz,
    updated_at    timestamptz
);
