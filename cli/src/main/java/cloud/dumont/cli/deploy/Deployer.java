package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.api.deployment.KubernetesPlacement;
import cloud.dumont.cli.DumontCommand;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DeploymentsApi;
import java.time.Clock;

/**
 * Deploys a template and, with {@code --wait}, follows it (or any deployment just created: a model on Kubernetes or
 * Vast.ai) to running or failure with progress on stderr.
 */
public final class Deployer {

    private Deployer() {}

    /** Exit code 0 when deployed (and running, with --wait), 1 when it failed or the wait timed out. */
    static int deploy(DumontCommand root, String template, DeployOptions options) throws InterruptedException {
        DeploymentResponse created = root.session().client().deployments().deploy(template, options.request());
        return follow(root, created, options.wait);
    }

    /**
     * Prints a deployment just created or, with {@code --wait}, follows it first; exit code 0 when created (and
     * running, with --wait), 1 when it failed or the wait timed out.
     */
    public static int follow(DumontCommand root, DeploymentResponse created, WaitOptions wait)
            throws InterruptedException {
        return follow(root, created, wait, title(created), 0);
    }

    /**
     * As {@link #follow(DumontCommand, DeploymentResponse, WaitOptions)}, with the progress titled {@code title} and
     * drawn from the events after {@code afterSeq} (a wake's, not the deployment's whole history).
     */
    static int follow(DumontCommand root, DeploymentResponse created, WaitOptions wait, String title, long afterSeq)
            throws InterruptedException {
        DeploymentsApi deployments = root.session().client().deployments();
        if (!wait.await) {
            root.output().print(created, () -> out -> {
                DeploymentView.details(created, false).render(out);
                out.println();
                out.println("Follow it with: dumont deployments events " + created.id() + " --follow");
            });
            return 0;
        }
        DeploymentResponse last;
        try (ProgressDisplay progress =
                new ProgressDisplay(root.environment().err(), root.drawsProgress(), Clock.systemUTC())) {
            progress.start(title);
            last = deployments.await(created.id(), DeploymentsApi.SETTLED, wait.timeout, e -> {
                if (e.seq() > afterSeq) {
                    progress.onEvent(e);
                }
            });
            progress.finish(last.status() == DeploymentStatus.running);
        }
        DeploymentResponse result = last;
        root.output().print(result, () -> DeploymentView.details(result, false));
        if (result.status() == DeploymentStatus.running) {
            return 0;
        }
        if (DeploymentsApi.SETTLED.contains(result.status())) {
            throw new UserError("Deployment " + result.id() + " is " + result.status()
                    + (result.statusMessage() == null ? "" : ": " + result.statusMessage())
                    + (result.status() == DeploymentStatus.failed
                            ? " (retry with: dumont deployments retry " + result.id() + ")"
                            : ""));
        }
        throw new UserError("Deployment " + result.id() + " is still " + result.status() + " after "
                + wait.timeout.toMinutes() + " min; it goes on: dumont deployments events " + result.id()
                + " --follow");
    }

    private static String title(DeploymentResponse d) {
        String what = "Deploying " + d.templateName() + " (" + DeploymentView.shortId(d) + ")";
        KubernetesPlacement k = d.kubernetes();
        if (k != null) {
            return what + " as " + k.namespace() + "/" + k.name() + " on "
                    + (d.simulated() ? "the simulated cluster" : "cluster " + k.cluster());
        }
        return what + (d.simulated() ? " on the simulated cloud" : "");
    }
}
