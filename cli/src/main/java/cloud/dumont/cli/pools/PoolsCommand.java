package cloud.dumont.cli.pools;

import cloud.dumont.api.deployment.WarmPoolResponse;
import cloud.dumont.cli.CommandBase;
import cloud.dumont.cli.output.Table;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "pools",
        aliases = "warm-pools",
        description = "Warm pools (admins): idle, running instances that Serverless deploys take at once.",
        subcommands = {PoolsCommand.ListPools.class, PoolsCommand.Set.class},
        footer = {
            "",
            "Examples:",
            "  dumont pools list",
            "  dumont pools set jupyter-lab 2",
            "  dumont deploy jupyter-lab --strategy serverless --wait",
            "  dumont pools set jupyter-lab 0      # destroys the idle members",
            "",
            "Every member is billed while it waits."
        })
public final class PoolsCommand {

    @Command(
            name = "list",
            aliases = "ls",
            description = "Every template's warm pool: its size, members idle now, members starting.",
            footer = {"", "Examples:", "  dumont pools list", "  dumont pools list -o json"})
    static final class ListPools extends CommandBase {

        @Override
        protected int execute() {
            List<WarmPoolResponse> pools = client().warmPools().list();
            output().print(pools, () -> Table.of(pools)
                    .column("TEMPLATE", WarmPoolResponse::templateSlug)
                    .column("MIN IDLE", WarmPoolResponse::minIdle)
                    .column("IDLE", WarmPoolResponse::idle)
                    .column("STARTING", WarmPoolResponse::starting)
                    .whenEmpty("No warm pools. Set one with: dumont pools set <template> <min-idle>"));
            return 0;
        }
    }

    @Command(
            name = "set",
            description = {
                "Keep MIN-IDLE idle instances of a template running (0-10). Missing members are",
                "ordered at once; a smaller pool destroys the idle members over it."
            },
            footer = {"", "Examples:", "  dumont pools set jupyter-lab 2", "  dumont pools set comfy-ui 0"})
    static final class Set extends CommandBase {

        @Parameters(index = "0", paramLabel = "TEMPLATE", description = "An official slug or a community template's id")
        String template;

        @Parameters(index = "1", paramLabel = "MIN-IDLE", description = "Idle instances to keep, 0-10")
        int minIdle;

        @Override
        protected int execute() {
            WarmPoolResponse pool = client().warmPools().configure(template, minIdle);
            String sentence = pool.minIdle() == 0
                    ? "Warm pool of " + pool.templateSlug() + " emptied"
                    : "Warm pool of " + pool.templateSlug() + ": " + pool.minIdle() + " idle kept (" + pool.idle()
                            + " idle now, " + pool.starting() + " starting); each member is billed while it waits";
            output().done(sentence, pool);
            return 0;
        }
    }
}
