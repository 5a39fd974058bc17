-- Several agent tokens per deployment: one per instance launched (racers, a wake's fresh instance, a failover's new
-- host), all revoked together when the deployment is destroyed. Rebuilt rather than altered: the primary key moves.
create table agent_launch_tokens (
    token_hash    varchar(64) primary key,
    deployment_id uuid        not null,
    issued_at     timestamp with time zone not null
);
create index agent_launch_tokens_deployment on agent_launch_tokens (deployment_id);
insert into agent_launch_tokens (token_hash, deployment_id, issued_at)
    select token_hash, deployment_id, issued_at from agent_tokens;
drop table agent_tokens;

-- The workspace step in flight (a snapshot before a stop, a periodic one) and its agent command; the snapshot a
-- hibernation took (a wake or stage 2 relies on it) and the one the next launch restores; periodic snapshots for
-- failover; stage 2 of a hibernation (the stopped instance destroyed, the snapshot's storage billed instead).
alter table deployments add column workspace_step varchar(16);
alter table deployments add column workspace_command_id uuid;
alter table deployments add column workspace_command_at timestamp with time zone;
alter table deployments add column hibernation_snapshot_id uuid;
alter table deployments add column restore_snapshot_id uuid;
alter table deployments add column snapshot_interval_seconds integer;
alter table deployments add column last_snapshot_at timestamp with time zone;
alter table deployments add column released_at timestamp with time zone;
alter table deployments add column snapshot_usd_per_hour double precision;
alter table deployments add column snapshot_storage_usd double precision default 0 not null;

-- A command meant for one instance's agent (a restore for the instance being launched), named by that agent's token;
-- null: any agent of the deployment may take it.
alter table agent_commands add column token_hash varchar(64);
