-- Hibernation stage 2: workspace snapshots in object storage, and the agent on each instance that writes and reads
-- them. A snapshot's objects live under snapshots/<deployment_id>/<id>/ (chunk-00000 ..., manifest.json).
create table snapshots (
    id              uuid         primary key,
    deployment_id   uuid         not null,
    status          varchar(16)  not null,
    storage_kind    varchar(16)  not null,
    bytes           bigint,
    chunk_count     integer,
    manifest_sha256 varchar(64),
    created_at      timestamp with time zone not null,
    completed_at    timestamp with time zone
);
create index snapshots_deployment_idx on snapshots (deployment_id, created_at);

-- One agent token per deployment, stored as a SHA-256 of the raw token (the instance holds the raw one).
create table agent_tokens (
    deployment_id uuid        primary key,
    token_hash    varchar(64) not null unique,
    issued_at     timestamp with time zone not null
);

-- What the engine asked an agent to do; delivered in a heartbeat's answer, then finished by the agent.
create table agent_commands (
    id            uuid         primary key,
    deployment_id uuid         not null,
    kind          varchar(16)  not null,
    snapshot_id   uuid         not null,
    status        varchar(16)  not null,
    error         varchar(500),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index agent_commands_pending_idx on agent_commands (deployment_id, status, created_at);
