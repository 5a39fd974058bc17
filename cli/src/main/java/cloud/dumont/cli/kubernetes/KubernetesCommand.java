package cloud.dumont.cli.kubernetes;

import cloud.dumont.api.deployment.ChatRequest;
import cloud.dumont.api.deployment.ChatResponse;
import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.PodResponse;
import cloud.dumont.api.dynamo.KubernetesClusterStatus;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.deploy.DeploymentIds;
import cloud.dumont.cli.output.Table;
import cloud.dumont.sdk.DeploymentsApi;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "k8s",
        aliases = "kubernetes",
        description =
                "Catalog models on Kubernetes through NVIDIA Dynamo: deploy, pods, scale, chat, and the clusters.",
        subcommands = {
            KubernetesDeployCommand.class,
            KubernetesCommand.Status.class,
            KubernetesCommand.Clusters.class,
            KubernetesCommand.Pods.class,
            KubernetesCommand.Scale.class,
            KubernetesCommand.Chat.class
        },
        footer = {
            "",
            "Examples:",
            "  dumont k8s status",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --wait",
            "  dumont k8s pods 3f6c1c2e",
            "  dumont k8s chat 3f6c1c2e \"What is NVIDIA Dynamo?\"",
            "  dumont k8s scale 3f6c1c2e 2",
            "  dumont deployments destroy 3f6c1c2e",
            "",
            "Kubernetes deployments are deployments like the others: 'dumont deployments",
            "list', 'show', 'events' and 'destroy' work on them. A server without a",
            "kubeconfig runs a simulated cluster (no real GPUs, no models)."
        })
public final class KubernetesCommand {

    @Command(
            name = "status",
            description = {
                "Whether a cluster can run Dynamo deployments: reachable, Dynamo's CRD,",
                "operator, NATS and etcd, and its free GPUs."
            },
            footer = {"", "Examples:", "  dumont k8s status", "  dumont k8s status --cluster prod -o json"})
    static final class Status extends CommandBase {

        @Option(
                names = "--cluster",
                paramLabel = "NAME",
                description = "A cluster from 'dumont k8s clusters' (default: the server's default)")
        String cluster;

        @Override
        protected int execute() {
            KubernetesClusterStatus status = client().kubernetes().status(cluster);
            output().print(status, () -> ClusterView.details(status));
            return 0;
        }
    }

    @Command(
            name = "clusters",
            description = "The Kubernetes clusters the server can deploy onto, the default first.",
            footer = {"", "Examples:", "  dumont k8s clusters", "  dumont k8s clusters -o json"})
    static final class Clusters extends CommandBase {

        @Override
        protected int execute() {
            List<KubernetesClusterStatus> clusters = client().kubernetes().clusters();
            output().print(clusters, () -> ClusterView.table(clusters));
            return 0;
        }
    }

    @Command(
            name = "pods",
            description = "The pods of a Kubernetes deployment: phase, readiness, node, why one is stuck.",
            footer = {"", "Examples:", "  dumont k8s pods 3f6c1c2e", "  dumont k8s pods 3f6c1c2e -o json"})
    static final class Pods extends CommandBase {

        @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            List<PodResponse> pods = api.pods(DeploymentIds.resolve(api, id));
            output().print(pods, () -> Table.of(pods)
                    .column("NAME", PodResponse::name)
                    .column("COMPONENT", PodResponse::component)
                    .column("PHASE", PodResponse::phase)
                    .column("READY", PodResponse::ready)
                    .column("RESTARTS", PodResponse::restarts)
                    .column("NODE", PodResponse::node)
                    .column(
                            "PROBLEM",
                            p -> p.problemReason() == null
                                    ? null
                                    : p.problemReason() + (p.problemMessage() == null ? "" : ": " + p.problemMessage()))
                    .whenEmpty("No pods: the operator has not created them yet, or the deployment is not live."));
            return 0;
        }
    }

    @Command(
            name = "scale",
            description = {
                "Scale a Kubernetes deployment's workers: each worker service gets REPLICAS",
                "(1-10). Answers at once; readiness follows in the deployment's events."
            },
            footer = {
                "",
                "Examples:",
                "  dumont k8s scale 3f6c1c2e 2",
                "  dumont deployments events 3f6c1c2e --follow   # replicas ready: 2 of 2"
            })
    static final class Scale extends CommandBase {

        @Parameters(index = "0", paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Parameters(index = "1", paramLabel = "REPLICAS", description = "Worker replicas per worker service, 1-10")
        int replicas;

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            DeploymentResponse d = api.scale(DeploymentIds.resolve(api, id), replicas);
            var k = d.kubernetes();
            output().done(
                            "Scaling " + d.id() + " (" + k.namespace() + "/" + k.name() + ") to " + k.replicasDesired()
                                    + " worker replicas; " + k.replicasReady() + " ready now",
                            d);
            return 0;
        }
    }

    @Command(
            name = "chat",
            description = {
                "Try a running model: send one message to its OpenAI-compatible frontend and",
                "print the answer. On the simulated cluster no model runs; it says so."
            },
            footer = {
                "",
                "Examples:",
                "  dumont k8s chat 3f6c1c2e \"What is NVIDIA Dynamo?\"",
                "  dumont k8s chat 3f6c1c2e \"Why is the sky blue?\" --system \"Be brief.\" --max-tokens 64",
                "  dumont k8s chat 3f6c1c2e \"Hello\" -o json | jq -r .content"
            })
    static final class Chat extends CommandBase {

        @Parameters(index = "0", paramLabel = "ID", description = "Deployment id or unique prefix")
        String id;

        @Parameters(index = "1", paramLabel = "MESSAGE", description = "What to ask (quote it)")
        String message;

        @Option(names = "--system", paramLabel = "TEXT", description = "A system prompt sent before the message")
        String system;

        @Option(
                names = "--max-tokens",
                paramLabel = "N",
                description = "The longest answer, in tokens, 1-4096 (default 256)")
        Integer maxTokens;

        @Override
        protected int execute() {
            DeploymentsApi api = client().deployments();
            List<ChatRequest.Message> messages = new ArrayList<>();
            if (system != null) {
                messages.add(new ChatRequest.Message("system", system));
            }
            messages.add(new ChatRequest.Message("user", message));
            ChatResponse answer = api.chat(DeploymentIds.resolve(api, id), new ChatRequest(messages, maxTokens));
            output().print(answer, () -> out -> {
                out.println(answer.content());
                out.println();
                out.println("(" + answer.model()
                        + (answer.completionTokens() == null ? "" : ", " + answer.completionTokens() + " tokens")
                        + ", " + answer.latencyMs() + " ms"
                        + ("length".equals(answer.finishReason()) ? ", cut off at --max-tokens" : "") + ")");
                if (answer.simulated()) {
                    out.println("Simulated: Dumont's simulated cluster answered; no model ran.");
                }
            });
            return 0;
        }
    }
}
