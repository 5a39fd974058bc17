package cloud.dumont.cli.deploy;

import cloud.dumont.api.snapshots.SnapshotResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.UserError;
import cloud.dumont.cli.output.Table;
import cloud.dumont.sdk.DeploymentsApi;
import cloud.dumont.sdk.SnapshotsApi;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "snapshots",
        description = {
            "List a deployment's workspace snapshots (newest first: status, size, age, where",
            "they are kept), or delete one with --delete."
        },
        footer = {
            "",
            "Examples:",
            "  dumont deployments snapshots 3f6c1c2e",
            "  dumont deployments snapshots 3f6c1c2e --delete 5a0c",
            "",
            "Snapshots are taken by the instance's agent before a hibernation stops it and, with",
            "failover on, every interval while it runs. The one a hibernated deployment relies on",
            "cannot be deleted until it is woken. A deleted snapshot cannot be restored."
        })
final class SnapshotsCommand extends CommandBase {

    @Parameters(paramLabel = "ID", description = "Deployment id or unique prefix")
    String id;

    @Option(
            names = "--delete",
            paramLabel = "SNAPSHOT",
            description = "Delete this snapshot (its id or a unique prefix of at least 4 characters)")
    String delete;

    @Override
    protected int execute() {
        DeploymentsApi deployments = client().deployments();
        SnapshotsApi snapshots = client().snapshots();
        UUID deployment = DeploymentIds.resolve(deployments, id);
        List<SnapshotResponse> all = snapshots.list(deployment);
        if (delete == null) {
            output().print(all, () -> table(all));
            return 0;
        }
        SnapshotResponse gone = pick(all, delete);
        snapshots.delete(deployment, gone.id());
        output().done("Deleted snapshot " + gone.id() + describe(gone), gone);
        return 0;
    }

    static Table<SnapshotResponse> table(List<SnapshotResponse> snapshots) {
        return Table.of(snapshots)
                .column("ID", s -> s.id().toString().substring(0, 8))
                .column("STATUS", SnapshotResponse::status)
                .column("SIZE", s -> s.bytes() == null ? null : size(s.bytes()))
                .column("TAKEN", s -> WorkspaceView.ago(s.ageSeconds()))
                .column("KEPT ON", s -> "s3".equals(s.storage()) ? "S3 bucket" : "server disk")
                .whenEmpty("No snapshots yet: one is taken when the deployment hibernates.");
    }

    /** The snapshot whose id is {@code given} or starts with it. */
    static SnapshotResponse pick(List<SnapshotResponse> snapshots, String given) {
        String prefix = given.strip().toLowerCase(Locale.ROOT);
        if (prefix.length() < 4) {
            throw new UserError("Give at least 4 characters of the snapshot id");
        }
        List<SnapshotResponse> matches = snapshots.stream()
                .filter(s -> s.id().toString().startsWith(prefix))
                .toList();
        return switch (matches.size()) {
            case 1 -> matches.getFirst();
            case 0 -> throw new UserError("The deployment has no snapshot whose id starts with '" + given + "'");
            default ->
                throw new UserError("'" + given + "' matches " + matches.size() + " snapshots; give more of the id");
        };
    }

    /** Binary units, as the web UI shows them: 512 B, 1.5 KB, 2.5 GB. */
    static String size(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, unit == 0 || value >= 10 ? "%.0f" : "%.1f", value);
        return number + " " + units[unit];
    }

    private static String describe(SnapshotResponse s) {
        return s.bytes() == null ? "" : " (" + size(s.bytes()) + ")";
    }
}
