package cloud.dumont.cli.kubernetes;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.dynamo.ModelDeployRequest;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.catalog.DynamoOptions;
import cloud.dumont.cli.deploy.Deployer;
import cloud.dumont.cli.deploy.WaitOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "deploy",
        description = {
            "Deploy a catalog model onto Kubernetes as an NVIDIA Dynamo DynamoGraphDeployment.",
            "Unset options take the model's defaults; the server checks them against the",
            "operator's rules before anything is created, naming each refused option."
        },
        footer = {
            "",
            "Examples:",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --wait",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --engine sglang --mode disaggregated \\",
            "      --router kv --replicas 2",
            "  dumont k8s deploy meta-llama/Llama-3.2-1B-Instruct --hf-secret hf-token \\",
            "      -n llm --cluster prod --wait",
            "  dumont k8s deploy Qwen/Qwen3-0.6B --arg=--max-num-seqs --arg=64 --dry-run",
            "",
            "A deployment goes pending, provisioning (DGD created), starting (pods",
            "scheduled), running (every worker ready). With --wait, progress is drawn on",
            "standard error (on a terminal) and the deployment, with its port-forward",
            "command, is printed once it runs. Exit code 1 if it fails or the wait times",
            "out. --dry-run prints the YAML (as 'models manifest') and creates nothing."
        })
public final class KubernetesDeployCommand extends CommandBase {

    @Parameters(paramLabel = "MODEL", description = "The catalog model's id, e.g. Qwen/Qwen3-0.6B")
    String model;

    @Option(
            names = "--cluster",
            paramLabel = "NAME",
            description = "A cluster from 'dumont k8s clusters' (default: the server's default)")
    String cluster;

    @Mixin
    DynamoOptions dynamo;

    @Mixin
    WaitOptions wait;

    @Option(
            names = "--dry-run",
            description = "Print the DynamoGraphDeployment it would create (YAML) and deploy nothing")
    boolean dryRun;

    @Override
    protected int execute() throws InterruptedException {
        if (dryRun) {
            dynamo.printManifest(client(), environment().out(), model);
            return 0;
        }
        DeploymentResponse created = client().deployments()
                .deployModel(
                        new ModelDeployRequest(model, "kubernetes", cluster, dynamo.config(), null, null, null, null));
        return Deployer.follow(root(), created, wait);
    }
}
