-- Publishers own templates: the built-in `dumont` publisher (official) and, later, community authors.
create table publishers (
    id         uuid primary key,
    handle     varchar(40)  not null,
    name       varchar(120) not null,
    official   boolean      not null default false,
    user_id    uuid references users (id),
    created_at timestamp with time zone not null,
    constraint publishers_handle_unique unique (handle)
);

-- A template row holds its metadata and a copy of its current version's launch spec, so listing
-- needs no join; template_versions holds every immutable launch spec a deployment may refer to.
create table templates (
    id                     uuid primary key,
    publisher_id           uuid          not null references publishers (id),
    slug                   varchar(80)   not null,
    name                   varchar(120)  not null,
    description            varchar(2000) not null,
    category               varchar(40)   not null,
    tags                   ${json_type}  not null,
    icon                   varchar(40),
    visibility             varchar(16)   not null,
    current_version        varchar(32)   not null,
    docker_image           varchar(300)  not null,
    launch_mode            varchar(16)   not null,
    launch_command         varchar(4000) not null,
    launch_args            ${json_type}  not null,
    ports                  ${json_type}  not null,
    volumes                ${json_type}  not null,
    env_vars               ${json_type}  not null,
    gpu_min_vram           integer       not null,
    gpu_recommended_vram   integer       not null,
    cuda_version           varchar(16)   not null,
    disk_gb                integer       not null,
    first_boot_download_gb integer       not null,
    first_boot_minutes     integer       not null,
    first_boot_note        varchar(1000),
    documentation_url      varchar(500),
    guide_markdown         varchar(65535) not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint templates_publisher_slug_unique unique (publisher_id, slug)
);
create index templates_min_vram_idx on templates (gpu_min_vram);

create table template_versions (
    id           uuid primary key,
    template_id  uuid         not null references templates (id) on delete cascade,
    version      varchar(32)  not null,
    launch_spec  ${json_type} not null,
    spec_hash    varchar(64)  not null,
    changelog    varchar(4000),
    yanked       boolean      not null default false,
    created_at   timestamp with time zone not null,
    constraint template_versions_unique unique (template_id, version)
);

create table models (
    id                varchar(200)  primary key,
    name              varchar(120)  not null,
    description       varchar(2000) not null,
    size              varchar(16)   not null,
    task              varchar(32)   not null,
    parameters        bigint,
    context_length    integer,
    license           varchar(80),
    supported_engines ${json_type}  not null,
    min_gpu_memory_gb integer       not null,
    gated             boolean       not null,
    position          integer       not null,
    created_at        timestamp with time zone not null
);
