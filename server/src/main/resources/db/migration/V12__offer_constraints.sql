-- The user's offer constraints, kept with the deployment so every host it ever rents meets them:
-- the first pick, RoundRobin's next host, each racer. Null price or region means any; rows made
-- before constraints existed rented verified hosts only, hence the default.
alter table deployments add column max_price_per_hour double precision;
alter table deployments add column region varchar(32);
alter table deployments add column verified_only boolean not null default true;
