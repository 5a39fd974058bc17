-- Serverless: per template, a warm pool of deployments Dumont keeps running so a deploy can take
-- one at once. Members belong to the admin who set the pool up and carry pooled = true until a
-- deploy claims one (its owner then becomes the user and pooled false), and the pool refills.
alter table deployments add column pooled boolean not null default false;
create index deployments_pool_idx on deployments (pooled, template_slug);

create table warm_pools (
    template_slug varchar(80)  primary key,
    min_idle      integer      not null,
    owner_id      uuid         not null references users (id),
    updated_at    timestamp with time zone not null
);
