-- The registry's name of the application's town (personnel-service, the system of record for towns), taken at
-- submission. Applications submitted before this column have none (license-service cannot ask the registry here).
alter table application add column town_name varchar(100);
