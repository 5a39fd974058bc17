-- Failover per deployment (null: off, as before it existed) and when its running host was first seen lost.
alter table deployments add column failover_enabled boolean;
alter table deployments add column host_lost_at timestamp with time zone;
