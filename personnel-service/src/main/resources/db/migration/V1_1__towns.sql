-- Towns (SPEC §2.1) and their dated leadership-post changes.
create table town (
    code                   varchar(9)   primary key check (code ~ '^[0-9]{9}$'),
    name                   varchar(100) not null,
    county                 varchar(100) not null,
    category               varchar(20)  not null check (category in ('ORDINARY_TOWN', 'LARGER_TOWN', 'SUBDISTRICT')),
    pilot                  boolean      not null default false,
    max_internal_offices   integer      check (max_internal_offices between 1 and 50),
    leadership_posts_base  integer      not null check (leadership_posts_base >= 0),
    created_at             timestamptz  not null,
    version                bigint       not null default 0
);

create table leadership_post_change (
    id              bigint generated always as identity primary key,
    town_code       varchar(9)   not null references town (code),
    effective_date  date         not null,
    change          integer      not null,
    reference       varchar(100),
    reason          varchar(500),
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null
);
create index leadership_post_change_town on leadership_post_change (town_code, effective_date);
