-- Limits on the day a change takes effect: units get the day they were set up, and quotas a dated history.

-- The day the unit was set up (机构设立); null for units recorded without one (in force since before any recorded day).
alter table org_unit add column established_on date;
alter table org_unit add constraint org_unit_established_before_status
    check (established_on is null or status_date is null or status_date >= established_on);

-- The quotas of a unit over time (编制随机构划转: a merger moves quotas on its date). A unit without rows here has the
-- quotas of its org_unit row on every day; once it has rows, the row with the latest valid_from on or before a day is in
-- force that day, valid_from null meaning from the start, and org_unit keeps the latest row's figures.
create table unit_quota (
    id                    bigint generated always as identity primary key,
    unit_id               bigint       not null references org_unit (id),
    valid_from            date,
    administrative_quota  integer      not null check (administrative_quota >= 0),
    institution_quota     integer      not null check (institution_quota >= 0),
    leadership_posts      integer      not null check (leadership_posts >= 0),
    cause                 varchar(20)  not null check (cause in ('RECORDED', 'MERGED_IN', 'MERGED_OUT')),
    reference             varchar(100),
    recorded_at           timestamptz  not null,
    constraint unit_quota_one_per_day unique nulls not distinct (unit_id, valid_from)
);
create index unit_quota_unit on unit_quota (unit_id, valid_from);
