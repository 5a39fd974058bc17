package cloud.dumont.cli;

import picocli.CommandLine;

/** The version the jar was built as (its manifest), so {@code dumont --version} never goes stale. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"dumont " + (version == null ? "(development build)" : version)};
    }
}
