-- How a deployment looks for a working host, and every instance it rented doing so (a small JSON
-- list written with the row, so an attempt and the deployment's state can never disagree).
-- Null for Kubernetes deployments (and for deployments made before strategies existed: coldstart).
alter table deployments add column strategy varchar(16);
alter table deployments add column race_size integer;
alter table deployments add column instance_attempts ${json_type};
