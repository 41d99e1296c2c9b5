-- Tables every service has (shipped in town-reform-common): audit log, idempotency keys, working-day calendar.
-- Service migrations start at V1_1.

create table audit_record (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor           varchar(200) not null,
    actor_roles     varchar(300) not null,
    town_code       varchar(9),
    action          varchar(80)  not null,
    entity_type     varchar(80)  not null,
    entity_id       varchar(100) not null,
    before_summary  text,
    after_summary   text,
    request_id      varchar(100)
);
create index audit_record_entity on audit_record (entity_type, entity_id, id desc);
create index audit_record_town on audit_record (town_code, id desc);

-- Append-only: an audit record is never changed or removed.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only' using errcode = '42501';
end;
$$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();

create table idempotency_record (
    id               varchar(64)  primary key,
    idempotency_key  varchar(200) not null,
    principal        varchar(200) not null,
    fingerprint      varchar(64)  not null,
    response_body    text,
    created_at       timestamptz  not null
);

create table calendar_year (
    year        integer      primary key,
    days        text         not null,
    papers      text,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    version     bigint       not null default 0
);
