-- Users, personal API tokens and server-held secrets (the JWT signing key when none is configured).
create table users (
    id            uuid primary key,
    email         varchar(320) not null,
    password_hash varchar(200) not null,
    display_name  varchar(120) not null,
    role          varchar(16)  not null,
    created_at    timestamp with time zone not null,
    constraint users_email_unique unique (email)
);

create table api_tokens (
    id           uuid primary key,
    user_id      uuid         not null references users (id) on delete cascade,
    name         varchar(100) not null,
    prefix       varchar(16)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone,
    constraint api_tokens_hash_unique unique (token_hash)
);
create index api_tokens_user_idx on api_tokens (user_id);

create table server_secrets (
    name       varchar(64)  primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
