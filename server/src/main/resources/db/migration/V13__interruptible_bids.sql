-- Interruptible (spot) deployments: the GPU's bid in $/h (null: on-demand), and how many times in a row a higher bid
-- took the deployment's instance, so recovery by re-provisioning gives up before it chases a market it cannot win.
alter table deployments add column bid_per_hour double precision;
alter table deployments add column outbids integer default 0 not null;
