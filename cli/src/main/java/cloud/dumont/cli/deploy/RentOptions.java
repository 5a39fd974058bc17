package cloud.dumont.cli.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What to rent on Vast.ai and what the container gets, for every command that deploys onto a rented GPU. */
public final class RentOptions {

    static final class Target {
        @Option(names = "--gpu", paramLabel = "NAME", description = "Rent the best compatible offer of this GPU model")
        String gpu;

        @Option(names = "--offer", paramLabel = "ID", description = "Rent this offer (from 'dumont offers')")
        Long offer;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    @Option(
            names = "--disk",
            paramLabel = "GB",
            description = "Disk to allocate (default: what the template or model needs)")
    Integer disk;

    @Option(
            names = "--env",
            paramLabel = "KEY=VALUE",
            description = "Environment for the container, e.g. HF_TOKEN=hf_...; repeatable")
    Map<String, String> env = new LinkedHashMap<>();

    /** The GPU model to rent the best offer of, or null. */
    public String gpu() {
        return target == null ? null : target.gpu;
    }

    /** The offer to rent, or null. */
    public Long offer() {
        return target == null ? null : target.offer;
    }

    /** The disk asked for, or null for the default. */
    public Integer disk() {
        return disk;
    }

    /** The extra environment, or null when none was given. */
    public Map<String, String> env() {
        return env.isEmpty() ? null : env;
    }
}
