-- The public registry of towns as a feed (GET /api/v1/public/towns/changes; docs/events.md, "The town registry copy"):
-- a town recorded through the API has its cn.townreform.personnel.town.created event, and each change its .updated,
-- but a town written by SQL (the demo data, or rows recorded before the event feed existed) has none. This function
-- gives each town without any town event one cn.townreform.personnel.town.registered event (subject town/<code>, data
-- {code, name, county, category, pilot}, the time it runs), so the feed lists every town. Its event id is made from
-- the code, so the event can be written once only; running it again writes nothing for a town that has one. Answers
-- how many it wrote.
create function town_registry_backfill() returns integer language sql as $$
    with written as (
        insert into event_outbox (event_id, type, subject, town_code, occurred_at, data)
        select md5('town.registered:' || t.code)::uuid, 'cn.townreform.personnel.town.registered', 'town/' || t.code,
               t.code, now(),
               jsonb_build_object('code', t.code, 'name', t.name, 'county', t.county, 'category', t.category,
                                  'pilot', t.pilot)
          from town t
         where not exists (select 1 from event_outbox e
                            where e.town_code = t.code and e.type like 'cn.townreform.personnel.town.%')
         order by t.code
        on conflict (event_id) do nothing
        returning 1)
    select count(*)::integer from written;
$$;

select town_registry_backfill();
