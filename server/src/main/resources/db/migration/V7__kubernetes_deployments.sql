-- Deployments onto Kubernetes through NVIDIA Dynamo share the engine (list, events, destroy) with
-- Vast.ai ones; target says which. A Kubernetes deployment keeps the DynamoGraphDeployment it
-- creates (graph_manifest, as generated and validated when it was asked for), where it goes
-- (cluster, namespace, name) and the worker replicas wanted and last seen ready.
alter table deployments add column target varchar(16) not null default 'vast';
alter table deployments add column model_id varchar(120);
alter table deployments add column cluster_name varchar(63);
alter table deployments add column graph_namespace varchar(63);
alter table deployments add column graph_name varchar(63);
alter table deployments add column graph_manifest ${json_type};
alter table deployments add column graph_engine varchar(16);
alter table deployments add column graph_mode varchar(16);
alter table deployments add column served_model_name varchar(200);
alter table deployments add column replicas_desired integer;
alter table deployments add column replicas_ready integer;
alter table deployments add column replicas_applied integer;
-- A Kubernetes deployment has no Vast.ai launch spec.
alter table deployments alter column launch_spec drop not null;
create index deployments_graph_idx on deployments (graph_name);
