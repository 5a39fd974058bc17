-- Each deployment's latest agent heartbeat, shared by every replica and kept across restarts. Whether an agent has
-- been heard (a snapshot before a stop needs one) and its last GPU figure (idle detection) must not depend on which
-- replica received the heartbeat, nor be forgotten by a restart.
create table agent_heartbeats (
    deployment_id   uuid primary key,
    heard_at        timestamp with time zone not null,
    gpu_util        double precision,
    app_kind        varchar(40),
    app_busy        boolean,
    app_detail      varchar(500),
    workspace_bytes bigint,
    -- The newest GPU figure and when it came: a heartbeat without one (no nvidia-smi) does not erase it.
    last_gpu_util   double precision,
    last_gpu_at     timestamp with time zone,
    beats           bigint not null
);
