-- Auto-hibernation per deployment: its settings (null: the server's defaults at deploy time were copied in), the idle
-- stretch being watched, the current hibernation, and the GPU money hibernations have saved so far.
alter table deployments add column hibernation_enabled boolean;
alter table deployments add column idle_threshold_pct integer;
alter table deployments add column idle_window_seconds integer;
alter table deployments add column idle_since timestamp with time zone;
alter table deployments add column idle_warned boolean default false not null;
alter table deployments add column idle_signal varchar(200);
alter table deployments add column hibernated_at timestamp with time zone;
alter table deployments add column waking_at timestamp with time zone;
alter table deployments add column hibernation_saved_usd double precision default 0 not null;
