package cloud.dumont.cli.deploy;

import cloud.dumont.api.deployment.DeploymentResponse;
import cloud.dumont.api.deployment.DeploymentStatus;
import cloud.dumont.cli.DumontCommand;
import cloud.dumont.cli.UserError;
import cloud.dumont.sdk.DeploymentsApi;
import java.time.Clock;

/** Deploys a template and, with {@code --wait}, follows it to running or failure with progress on stderr. */
final class Deployer {

    private Deployer() {}

    /** Exit code 0 when deployed (and running, with --wait), 1 when it failed or the wait timed out. */
    static int deploy(DumontCommand root, String template, DeployOptions options) throws InterruptedException {
        DeploymentsApi deployments = root.session().client().deployments();
        DeploymentResponse created = deployments.deploy(template, options.request());
        if (!options.await) {
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
            progress.start("Deploying " + created.templateName() + " (" + DeploymentView.shortId(created) + ")"
                    + (created.simulated() ? " on the simulated cloud" : ""));
            last = deployments.await(created.id(), DeploymentsApi.SETTLED, options.timeout, progress::onEvent);
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
                + options.timeout.toMinutes() + " min; it goes on: dumont deployments events " + result.id()
                + " --follow");
    }
}
